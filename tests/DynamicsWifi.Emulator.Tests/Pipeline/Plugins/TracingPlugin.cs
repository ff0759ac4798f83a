using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Plugins
{
    /// <summary>Traces its configuration, stage and images, and what it finds in the shared variables; in pre-operation
    /// with the configuration "share", it leaves a shared variable for the later stages.</summary>
    public sealed class TracingPlugin : IPlugin
    {
        private readonly string _label;

        public TracingPlugin(string unsecure, string secure)
        {
            _label = unsecure ?? string.Empty;
        }

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var trace = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
            trace.Trace("label={0} stage={1} depth={2} transaction={3}", _label, context.Stage, context.Depth, context.IsInTransaction);
            foreach (var image in context.PreEntityImages)
            {
                trace.Trace("pre {0}: {1}", image.Key, string.Join(",", image.Value.Attributes.Keys.OrderBy(key => key)));
            }

            foreach (var image in context.PostEntityImages)
            {
                trace.Trace("post {0}: {1}", image.Key, string.Join(",", image.Value.Attributes.Keys.OrderBy(key => key)));
            }

            if (_label == "share" && context.Stage == 20)
            {
                context.SharedVariables["handshake"] = "from pre-operation";
            }

            if (context.SharedVariables.TryGetValue("handshake", out var shared))
            {
                trace.Trace("shared={0}", shared);
            }
        }
    }
}
