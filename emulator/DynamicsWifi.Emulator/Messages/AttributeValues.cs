using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>An Entity's attributes as the values to store: each column must exist and take the value
    /// (ColumnValueRules), a lookup given by alternate key is resolved to its row, a caller's lookup must point at a row
    /// that exists, and a column that is not valid for the operation (createdon on Create, the primary key on Update) is
    /// left out, as the platform ignores it; the platform's own writes keep every column but the primary key on Update.</summary>
    internal static class AttributeValues
    {
        public static Dictionary<string, object?> ForCreate(MessageContext context, TableMetadata table, Entity target) =>
            Read(context, table, target, column => context.IsPlatform || column.IsValidForCreate);

        public static Dictionary<string, object?> ForUpdate(MessageContext context, TableMetadata table, Entity target) =>
            Read(context, table, target, column => (context.IsPlatform || column.IsValidForUpdate) && column.LogicalName != table.PrimaryIdAttribute);

        private static Dictionary<string, object?> Read(MessageContext context, TableMetadata table, Entity target, Func<ColumnMetadata, bool> writable)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var attribute in target.Attributes)
            {
                var column = context.Catalog.GetColumn(table.LogicalName, attribute.Key);
                var value = ColumnValueRules.Normalize(column, ResolveLookup(context, attribute.Value));
                if (writable(column))
                {
                    if (!context.IsPlatform)
                    {
                        EnsureTargetExists(context, value);
                    }

                    values[column.LogicalName] = value;
                }
            }

            return values;
        }

        /// <summary>Dataverse refuses a lookup to a row that does not exist (Guid.Empty included) with ObjectDoesNotExist
        /// rather than store a reference that dangles; a table the organization does not have holds no rows.</summary>
        private static void EnsureTargetExists(MessageContext context, object? value)
        {
            if (value is EntityReference reference
                && (!context.Catalog.TryGetTable(reference.LogicalName, out _) || context.Transaction.Find(reference.LogicalName, reference.Id) == null))
            {
                throw DataverseFaults.RowDoesNotExist(reference.LogicalName, reference.Id);
            }
        }

        /// <summary>A lookup set by alternate key (new EntityReference("contact", "cr_key", "...")) points at the row
        /// that holds the key; a missing row fails as Dataverse does.</summary>
        private static object? ResolveLookup(MessageContext context, object? value)
        {
            if (value is EntityReference reference && reference.Id == Guid.Empty && reference.KeyAttributes != null && reference.KeyAttributes.Count > 0)
            {
                var table = context.Catalog.GetTable(reference.LogicalName);
                var row = RowTargets.Require(context, table, Guid.Empty, reference.KeyAttributes);
                return new EntityReference(reference.LogicalName, row.Id);
            }

            return value;
        }
    }
}
