using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Tests.Fakes
{
    internal sealed class FakeTracingService : ITracingService
    {
        public ConcurrentQueue<string> Lines { get; } = new ConcurrentQueue<string>();

        public void Trace(string format, params object[] args)
        {
            Lines.Enqueue(string.Format(CultureInfo.InvariantCulture, format, args));
        }
    }
}
