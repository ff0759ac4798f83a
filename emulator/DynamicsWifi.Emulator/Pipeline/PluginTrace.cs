using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The ITracingService of one plug-in execution: its lines, as the Plug-in Trace Log keeps them.</summary>
    internal sealed class PluginTrace : ITracingService
    {
        private readonly List<string> _lines = new();

        public IReadOnlyList<string> Lines => _lines;

        public void Trace(string format, params object[] args)
        {
            _lines.Add(args == null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
        }
    }
}
