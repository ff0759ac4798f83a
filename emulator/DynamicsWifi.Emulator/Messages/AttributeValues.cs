using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>An Entity's attributes as the values to store: each column must exist and take the value
    /// (ColumnValueRules), a lookup given by alternate key is resolved to its row, and a column that is not valid for
    /// the operation (createdon on Create, the primary key on Update) is left out, as the platform ignores it; the
    /// platform's own writes keep every column but the primary key on Update.</summary>
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
                    values[column.LogicalName] = value;
                }
            }

            return values;
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
