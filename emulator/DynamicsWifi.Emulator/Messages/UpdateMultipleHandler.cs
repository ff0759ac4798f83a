using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>UpdateMultiple: every item of one table updated in the request's transaction, all or nothing on a
    /// standard table; each item goes through the entrance as an Update, so steps on Update run per item
    /// (learn.microsoft.com/power-apps/developer/data-platform/bulk-operations).</summary>
    internal sealed class UpdateMultipleHandler : IMessageHandler
    {
        public string MessageName => "UpdateMultiple";

        public string TableOf(OrganizationRequest request) => RequestParameters.Peek<EntityCollection>(request, "Targets")?.EntityName ?? string.Empty;

        public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
        {
            var targets = RequestParameters.Required<EntityCollection>(request, "Targets");
            BulkTargets.RequireOneTable(targets);

            var concurrency = RequestParameters.Optional<ConcurrencyBehavior>(request, "ConcurrencyBehavior");
            foreach (var target in targets.Entities)
            {
                var update = new UpdateRequest { Target = target };
                if (concurrency.HasValue)
                {
                    update.ConcurrencyBehavior = concurrency.Value;
                }

                context.Send(update);
            }

            return new UpdateMultipleResponse();
        }
    }
}
