using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>Create: a new row with the caller's id or a new one, the platform's own columns stamped
    /// (learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create).</summary>
    internal sealed class CreateHandler : IMessageHandler
    {
        public string MessageName => "Create";

        public string TableOf(OrganizationRequest request) => RequestParameters.Peek<Entity>(request, "Target")?.LogicalName ?? string.Empty;

        public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
        {
            var id = RowWriter.Create(context, RequestParameters.Required<Entity>(request, "Target"));
            return new CreateResponse { Results = { ["id"] = id } };
        }
    }
}
