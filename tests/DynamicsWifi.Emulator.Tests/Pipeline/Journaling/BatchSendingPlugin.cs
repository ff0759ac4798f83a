using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Journaling
{
    /// <summary>Sends an ExecuteMultiple (ContinueOnError) from inside its step: a cr_journal row labelled by its
    /// configuration and, with ";duplicate" after the label, the same cr_member twice, so the second request fails with
    /// DuplicateRecordEntityKey. Traces how many requests faulted, and returns normally either way.</summary>
    public sealed class BatchSendingPlugin : IPlugin
    {
        private readonly string _label;
        private readonly bool _duplicate;

        public BatchSendingPlugin(string unsecure)
        {
            var parts = (unsecure ?? string.Empty).Split(';');
            _label = parts[0];
            _duplicate = parts.Length > 1 && parts[1] == "duplicate";
        }

        public void Execute(IServiceProvider serviceProvider)
        {
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null);
            var trace = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
            var batch = new ExecuteMultipleRequest
            {
                Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = false },
                Requests = new OrganizationRequestCollection { new CreateRequest { Target = new Entity(JournalSolution.Journal) { ["cr_name"] = _label } } },
            };
            if (_duplicate)
            {
                batch.Requests.Add(new CreateRequest { Target = new Entity(JournalSolution.Member) { ["cr_email"] = "dup@example.com" } });
                batch.Requests.Add(new CreateRequest { Target = new Entity(JournalSolution.Member) { ["cr_email"] = "dup@example.com" } });
            }

            var response = (ExecuteMultipleResponse)service.Execute(batch);
            trace.Trace("faulted={0}", response.Responses.Count);
        }
    }
}
