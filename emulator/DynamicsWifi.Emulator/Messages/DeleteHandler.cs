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
    /// CascadeDelete says: the delete refused when a Restrict relationship has children (checked before anything
    /// changes), deleted (Cascade) or unlinked (RemoveLink), all in the same transaction
    /// (learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior). Each
    /// child is deleted or unlinked by a Delete or an Update the platform sends with its own rights, so the steps
    /// registered on the child's table run for it, with this Delete as their parent context.</summary>
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

            var relationships = context.Catalog.ChildRelationshipsOf(table.LogicalName)
                .Where(relationship => relationship.CascadeDelete != CascadeBehavior.NoCascade)
                .ToList();
            foreach (var relationship in relationships.Where(relationship => relationship.CascadeDelete == CascadeBehavior.Restrict))
            {
                if (Children(context, relationship, row.Id).Count > 0)
                {
                    throw DataverseFaults.DeleteRestricted(table.LogicalName, relationship.SchemaName, relationship.ReferencingTable);
                }
            }

            // Cascades run with the platform's rights, as Dataverse's do: only the row named is checked.
            var platform = context.WithPlatformRights();
            foreach (var relationship in relationships)
            {
                foreach (var child in Children(platform, relationship, row.Id))
                {
                    platform.Send(relationship.CascadeDelete == CascadeBehavior.Cascade
                        ? new DeleteRequest { Target = new EntityReference(relationship.ReferencingTable, child.Id) }
                        : new UpdateRequest { Target = new Entity(relationship.ReferencingTable, child.Id) { [relationship.ReferencingColumn] = null } });
                }
            }

            RowWriter.Delete(platform, table, row, expectedVersion);
            return new DeleteResponse();
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
