using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Messages;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The rows an operation addresses through its Target (an Entity or an EntityReference, by id or alternate
    /// key) or its Targets (a bulk message's entities): the id for the context's PrimaryEntityId, and the rows themselves
    /// for images.</summary>
    internal static class OperationTarget
    {
        public static Guid IdOf(OrganizationRequest request) =>
            request.Parameters.TryGetValue("Target", out var target) ? target switch
            {
                Entity entity => entity.Id,
                EntityReference reference => reference.Id,
                _ => Guid.Empty,
            } : Guid.Empty;

        /// <summary>Each addressed row as <paramref name="messages"/>' transaction sees it, one per item; null for a row
        /// that does not exist, none when the operation addresses no row of a known table.</summary>
        public static IReadOnlyList<Row?> Find(MessageContext messages, Operation operation)
        {
            if (operation.Table.Length == 0 || !messages.Catalog.TryGetTable(operation.Table, out var table))
            {
                return Array.Empty<Row?>();
            }

            var parameters = operation.Request.Parameters;
            return parameters.TryGetValue("Target", out var target) ? target switch
                {
                    Entity entity => new[] { RowTargets.Find(messages, table, entity.Id, entity.KeyAttributes) },
                    EntityReference reference => new[] { RowTargets.Find(messages, table, reference.Id, reference.KeyAttributes) },
                    _ => Array.Empty<Row?>(),
                }
                : parameters.TryGetValue("Targets", out var targets) && targets is EntityCollection items
                    ? items.Entities.Select(entity => Find(messages, table, entity)).ToList()
                    : Array.Empty<Row?>();
        }

        /// <summary>Whether the request addresses one row that must already exist: Update and Delete.</summary>
        public static bool MustExist(OrganizationRequest request) =>
            request.RequestName is "Update" or "Delete" && request.Parameters.TryGetValue("Target", out var target) && target is Entity or EntityReference;

        /// <summary>Faults as the main operation would when the row the request addresses (read into Before) is missing.</summary>
        public static void RequireFound(Operation operation)
        {
            if (operation.Before.Count != 1 || operation.Before[0] != null)
            {
                return;
            }

            var id = IdOf(operation.Request);
            throw id != Guid.Empty ? DataverseFaults.RowDoesNotExist(operation.Table, id) : DataverseFaults.RowDoesNotExistByKey(operation.Table);
        }

        /// <summary>Each addressed row after the main operation: the rows Create and CreateMultiple returned the ids of,
        /// else the rows the Target or Targets address.</summary>
        public static IReadOnlyList<Row?> FindAfter(MessageContext messages, Operation operation, Transaction transaction) =>
            operation.Request.RequestName switch
            {
                "Create" => new[] { transaction.Find(operation.Table, operation.PrimaryId) },
                "CreateMultiple" when operation.OutputParameters.TryGetValue("Ids", out var ids) && ids is Guid[] created =>
                    created.Select(id => transaction.Find(operation.Table, id)).ToList(),
                _ => Find(messages, operation),
            };

        private static Row? Find(MessageContext messages, TableMetadata table, Entity entity) =>
            entity.Id == Guid.Empty && (entity.KeyAttributes == null || entity.KeyAttributes.Count == 0)
                ? null
                : RowTargets.Find(messages, table, entity.Id, entity.KeyAttributes);
    }
}
