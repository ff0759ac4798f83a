using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Query;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>Retrieve: one row by id or alternate key with the requested columns, typed and formatted exactly as a
    /// query returns them (the same projection), or ObjectDoesNotExist / RecordNotFoundByEntityKey.</summary>
    internal sealed class RetrieveHandler : IMessageHandler
    {
        public string MessageName => "Retrieve";

        public string TableOf(OrganizationRequest request) => RequestParameters.Peek<EntityReference>(request, "Target")?.LogicalName ?? string.Empty;

        public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
        {
            var target = RequestParameters.Required<EntityReference>(request, "Target");
            var columns = RequestParameters.Required<ColumnSet>(request, "ColumnSet");
            var table = context.Catalog.GetTable(target.LogicalName);
            var row = RowTargets.Require(context, table, target.Id, target.KeyAttributes);
            context.Access.EnsureCanRead(table, row);

            var query = new QueryExpression(table.LogicalName) { ColumnSet = columns, TopCount = 1 };
            query.Criteria.AddCondition(table.PrimaryIdAttribute, ConditionOperator.Equal, row.Id);
            // The row is projected as found, not read again by id: another transaction may change it in between.
            var readable = context.Access.Readable(new PinnedRowSource(context.Transaction, row));
            var found = QueryExecutor.RetrieveMultiple(query, readable, context.Catalog, context.QueryContext).Entities;
            if (found.Count == 0)
            {
                throw DataverseFaults.RowDoesNotExist(table.LogicalName, row.Id);
            }

            return new RetrieveResponse { Results = { ["Entity"] = found[0] } };
        }
    }
}
