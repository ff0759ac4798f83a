using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Plugins
{
    /// <summary>Traces what its context holds, one fact a line: "message=Create table=cr_library stage=20 depth=1",
    /// "user=...", "target=..." (the Target's columns) or "targets=n" (the Targets' count), "pre=..." and "post=..." (one
    /// entry per image collection, each "alias:columns"), "outputs=..." (the output parameter names), and "parents=..."
    /// (the message and table of each ParentContext up the chain). With the configuration "stamp" it sets cr_visits to
    /// 42 on its Target or on each of its Targets.</summary>
    public sealed class ContextRecordingPlugin : IPlugin
    {
        private readonly bool _stamp;

        public ContextRecordingPlugin(string unsecure)
        {
            _stamp = unsecure == "stamp";
        }

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext4)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var trace = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
            trace.Trace("message={0} table={1} stage={2} depth={3}", context.MessageName, context.PrimaryEntityName, context.Stage, context.Depth);
            trace.Trace("user={0}", context.UserId);
            var entities = new List<Entity>();
            if (context.InputParameters.TryGetValue("Target", out var target))
            {
                trace.Trace("target={0}", target is Entity entity ? Columns(entity) : ((EntityReference)target).LogicalName);
                entities.AddRange(target is Entity single ? new[] { single } : Array.Empty<Entity>());
            }

            if (context.InputParameters.TryGetValue("Targets", out var targets))
            {
                var collection = (EntityCollection)targets;
                trace.Trace("targets={0} {1}", collection.Entities.Count, collection.EntityName);
                entities.AddRange(collection.Entities);
            }

            trace.Trace("pre={0}", Images(context.PreEntityImagesCollection));
            trace.Trace("post={0}", Images(context.PostEntityImagesCollection));
            trace.Trace("single-pre={0}", string.Join(",", context.PreEntityImages.Keys));
            trace.Trace("outputs={0}", string.Join(",", context.OutputParameters.Keys.OrderBy(key => key, StringComparer.Ordinal)));
            trace.Trace("parents={0}", string.Join("<", Parents(context)));
            if (_stamp)
            {
                entities.ForEach(entity => entity["cr_visits"] = 42);
            }
        }

        private static string Columns(Entity entity) => string.Join(",", entity.Attributes.Keys.OrderBy(key => key, StringComparer.Ordinal));

        private static string Images(EntityImageCollection[] collections) =>
            string.Join("|", collections.Select(images => string.Join(";", images.Select(image => image.Key + ":" + Values(image.Value)))));

        private static string Values(Entity image) => string.Join(",", image.Attributes.Keys.OrderBy(key => key, StringComparer.Ordinal));

        private static IEnumerable<string> Parents(IPluginExecutionContext context)
        {
            for (var parent = context.ParentContext; parent != null; parent = parent.ParentContext)
            {
                yield return parent.MessageName + " " + parent.PrimaryEntityName + " " + parent.Stage;
            }
        }
    }
}
