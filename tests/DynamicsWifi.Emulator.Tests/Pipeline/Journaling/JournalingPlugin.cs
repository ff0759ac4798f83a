using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Journaling
{
    /// <summary>Writes one cr_journal row through its own service call (its configuration's label, the stage, depth,
    /// and whether it runs in a transaction), then does what the configuration says after a ';':
    /// "throw" refuses the operation, "retry" asks Dataverse to run it again later; nothing, returns.</summary>
    public sealed class JournalingPlugin : IPlugin
    {
        private readonly string _label;
        private readonly string _then;

        public JournalingPlugin(string unsecure)
        {
            var parts = (unsecure ?? string.Empty).Split(';');
            _label = parts[0];
            _then = parts.Length > 1 ? parts[1] : string.Empty;
        }

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            factory.CreateOrganizationService(null).Create(new Entity(JournalSolution.Journal)
            {
                ["cr_name"] = _label,
                ["cr_stage"] = context.Stage,
                ["cr_depth"] = context.Depth,
                ["cr_intransaction"] = context.IsInTransaction,
            });

            switch (_then)
            {
                case "throw":
                    throw new InvalidPluginExecutionException("TEST_REFUSED: " + _label + " refuses the operation after writing its journal row.");
                case "retry":
                    throw new InvalidPluginExecutionException(OperationStatus.Retry, "TEST_RETRY: " + _label + " asks to be run again.");
            }
        }
    }
}
