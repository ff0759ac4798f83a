using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>Update: only the columns sent change; the row is addressed by id or alternate key; with
    /// ConcurrencyBehavior.IfRowVersionMatches the Target's RowVersion must be the stored one
    /// (learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency).</summary>
    internal sealed class UpdateHandler : IMessageHandler
    {
        public string MessageName => "Update";

        public string TableOf(OrganizationRequest request) => RequestParameters.Peek<Entity>(request, "Target")?.LogicalName ?? string.Empty;

        public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
        {
            var target = RequestParameters.Required<Entity>(request, "Target");
            var table = context.Catalog.GetTable(target.LogicalName);
            var expectedVersion = RowVersions.Expected(table, request, target.RowVersion);
            var row = RowTargets.Require(context, table, target.Id, target.KeyAttributes);

            RowWriter.Update(context, table, row, target, expectedVersion);
            return new UpdateResponse();
        }
    }
}
