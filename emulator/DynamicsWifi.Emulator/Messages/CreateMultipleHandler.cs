using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>CreateMultiple: every item of one table created in the request's transaction, all or nothing on a
    /// standard table; each item goes through the entrance as a Create, so steps on Create run per item as Dataverse's
    /// merged pipeline does (learn.microsoft.com/power-apps/developer/data-platform/bulk-operations).</summary>
    internal sealed class CreateMultipleHandler : IMessageHandler
    {
        public string MessageName => "CreateMultiple";

        public string TableOf(OrganizationRequest request) => RequestParameters.Peek<EntityCollection>(request, "Targets")?.EntityName ?? string.Empty;

        public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
        {
            var targets = RequestParameters.Required<EntityCollection>(request, "Targets");
            BulkTargets.RequireOneTable(targets);

            var ids = targets.Entities
                .Select(target => ((CreateResponse)context.Send(new CreateRequest { Target = target })).id)
                .ToArray();
            return new CreateMultipleResponse { Results = { ["Ids"] = ids } };
        }
    }
}
