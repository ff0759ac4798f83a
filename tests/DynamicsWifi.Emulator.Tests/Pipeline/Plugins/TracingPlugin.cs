using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Plugins
{
    /// <summary>Traces its configuration, stage and images, and what it finds in the shared variables (its own and its
    /// parent context's) and the request's tag; with the configuration "share", in pre-validation or pre-operation, it
    /// leaves a shared variable for the later stages.</summary>
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

            if (_label == "share" && context.Stage is 10 or 20)
            {
                context.SharedVariables["handshake"] = context.Stage == 10 ? "from pre-validation" : "from pre-operation";
            }

            if (context.SharedVariables.TryGetValue("handshake", out var shared))
            {
                trace.Trace("shared={0}", shared);
            }

            if (context.ParentContext != null && context.ParentContext.SharedVariables.TryGetValue("handshake", out var parentShared))
            {
                trace.Trace("parent-shared={0}", parentShared);
            }

            if (context.SharedVariables.TryGetValue("tag", out var tag))
            {
                trace.Trace("tag={0}", tag);
            }
        }
    }
}
