using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>Delete: the row and, along each 1:N relationship it is the parent of, its children as the relationship's
    /// CascadeDelete says: deleted (Cascade), unlinked (RemoveLink), or the delete refused (Restrict), all in the same
    /// transaction (learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior).</summary>
    internal sealed class DeleteHandler : IMessageHandler
    {
        public string MessageName => "Delete";

        public string TableOf(OrganizationRequest request) => RequestParameters.Peek<EntityReference>(request, "Target")?.LogicalName ?? string.Empty;

        public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
        {
            var target = RequestParameters.Required<EntityReference>(request, "Target");
            var table = context.Catalog.GetTable(target.LogicalName);
            var expectedVersion = RowVersions.Expected(table, request, target.RowVersion);
            var row = RowTargets.Require(context, table, target.Id, target.KeyAttributes);
            context.Access.EnsureCanDelete(table, row);

            // Cascades run with the platform's rights, as Dataverse's do: only the row named is checked.
            Delete(context.WithPlatformRights(), table, row, expectedVersion);
            return new DeleteResponse();
        }

        private static void Delete(MessageContext platform, TableMetadata table, Row row, long? expectedVersion)
        {
            foreach (var relationship in platform.Catalog.ChildRelationshipsOf(table.LogicalName))
            {
                var children = Children(platform, relationship, row.Id);
                if (children.Count == 0 || relationship.CascadeDelete == CascadeBehavior.NoCascade)
                {
                    continue;
                }

                var childTable = platform.Catalog.GetTable(relationship.ReferencingTable);
                switch (relationship.CascadeDelete)
                {
                    case CascadeBehavior.Restrict:
                        throw DataverseFaults.DeleteRestricted(table.LogicalName, relationship.SchemaName, relationship.ReferencingTable);
                    case CascadeBehavior.Cascade:
                        foreach (var child in children)
                        {
                            Delete(platform, childTable, child, null);
                        }

                        break;
                    case CascadeBehavior.RemoveLink:
                        foreach (var child in children)
                        {
                            RowWriter.Update(platform, childTable, child, new Entity(childTable.LogicalName, child.Id) { [relationship.ReferencingColumn] = null });
                        }

                        break;
                }
            }

            RowWriter.Delete(platform, table, row, expectedVersion);
        }

        private static List<Row> Children(MessageContext context, RelationshipMetadata relationship, Guid parentId)
        {
            var rows = context.Transaction.FindByIndex(relationship.ReferencingTable, relationship.ReferencingColumn, parentId)
                ?? context.Transaction.Rows(relationship.ReferencingTable)
                    .Where(row => row[relationship.ReferencingColumn] is EntityReference parent && parent.Id == parentId);
            return rows.ToList();
        }
    }
}
