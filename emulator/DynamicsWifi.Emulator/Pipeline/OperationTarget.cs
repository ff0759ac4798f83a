using System;
using DynamicsWifi.Emulator.Messages;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The row an operation addresses through its Target (an Entity or an EntityReference, by id or alternate
    /// key): its id for the context's PrimaryEntityId, and the row itself for pre-images.</summary>
    internal static class OperationTarget
    {
        public static Guid IdOf(OrganizationRequest request) =>
            request.Parameters.TryGetValue("Target", out var target) ? target switch
            {
                Entity entity => entity.Id,
                EntityReference reference => reference.Id,
                _ => Guid.Empty,
            } : Guid.Empty;

        /// <summary>The row as <paramref name="messages"/>' transaction sees it; null when the operation addresses no row
        /// of a known table, or the row does not exist.</summary>
        public static Row? Find(MessageContext messages, Operation operation)
        {
            if (operation.Table.Length == 0 || !messages.Catalog.TryGetTable(operation.Table, out var table))
            {
                return null;
            }

            return operation.Request.Parameters.TryGetValue("Target", out var target) switch
            {
                true when target is Entity entity => RowTargets.Find(messages, table, entity.Id, entity.KeyAttributes),
                true when target is EntityReference reference => RowTargets.Find(messages, table, reference.Id, reference.KeyAttributes),
                _ => null,
            };
        }
    }
}
