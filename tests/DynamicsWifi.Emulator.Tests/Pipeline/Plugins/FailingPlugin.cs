using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Plugins
{
    /// <summary>Fails as its configuration says: "abort" throws InvalidPluginExecutionException, anything else an
    /// InvalidOperationException.</summary>
    public sealed class FailingPlugin : IPlugin
    {
        private readonly string _how;

        public FailingPlugin(string unsecure)
        {
            _how = unsecure ?? string.Empty;
        }

        public void Execute(IServiceProvider serviceProvider)
        {
            var trace = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
            trace.Trace("about to fail");
            if (_how == "abort")
            {
                throw new InvalidPluginExecutionException("TEST_REFUSED: the test plug-in refuses this row.");
            }

            throw new InvalidOperationException("a bug in the plug-in");
        }
    }
}
