using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>The one way a row is written, by a message handler or by the platform itself: the values checked against
    /// the metadata (ColumnValueRules), the platform's columns stamped, the writer's access checked, then the write
    /// handed to the transaction. Nothing else calls the transaction's Insert, Update or Delete.</summary>
    internal static class RowWriter
    {
        /// <summary>A new row from the Target's attributes, with the caller's id (or the primary key attribute) or a new
        /// one, an empty id counting as none, as in Dataverse; returns the id.</summary>
        public static Guid Create(MessageContext context, Entity target)
        {
            var table = context.Catalog.GetTable(target.LogicalName);
            var values = AttributeValues.ForCreate(context, table, target);
            var id = target.Id != Guid.Empty ? target.Id
                : values.TryGetValue(table.PrimaryIdAttribute, out var given) && given is Guid givenId && givenId != Guid.Empty ? givenId
                : Guid.NewGuid();

            values[table.PrimaryIdAttribute] = id;
            RowStamps.OnCreate(context, table, values);
            RowStamps.ComposeFullName(table, new Dictionary<string, object?>(), values);
            context.Access.EnsureCanCreate(table, values);
            context.Transaction.Insert(new Row(table.LogicalName, id, new ReadOnlyDictionary<string, object?>(values), 0));
            return id;
        }

        /// <summary>The changed columns of <paramref name="changes"/> written over <paramref name="row"/>; with
        /// <paramref name="expectedVersion"/> the row must still have that RowVersion.</summary>
        public static void Update(MessageContext context, TableMetadata table, Row row, Entity changes, long? expectedVersion = null)
        {
            var values = AttributeValues.ForUpdate(context, table, changes);
            RowStamps.OnUpdate(context, table, values);
            RowStamps.ComposeFullName(table, row.Values, values);
            context.Access.EnsureCanWrite(table, row, values);
            context.Transaction.Update(table.LogicalName, row.Id, new ReadOnlyDictionary<string, object?>(values), expectedVersion);
        }

        /// <summary>Deletes the row (its children are the caller's business: cascades delete or unlink them first).</summary>
        public static void Delete(MessageContext context, TableMetadata table, Row row, long? expectedVersion = null)
        {
            context.Access.EnsureCanDelete(table, row);
            context.Transaction.Delete(table.LogicalName, row.Id, expectedVersion);
        }
    }
}
