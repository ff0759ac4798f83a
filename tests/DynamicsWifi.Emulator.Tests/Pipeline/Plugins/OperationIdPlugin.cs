using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Plugins
{
    /// <summary>Traces its context's OperationId: "operation=...".</summary>
    public sealed class OperationIdPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var trace = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
            trace.Trace("operation={0}", context.OperationId);
        }
    }
}
