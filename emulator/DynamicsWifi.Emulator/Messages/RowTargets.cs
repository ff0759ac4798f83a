using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>Finds the row a request addresses: by its id when it has one, else by the alternate key its key
    /// attributes name (learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record).</summary>
    internal static class RowTargets
    {
        public static Row? Find(MessageContext context, TableMetadata table, Guid id, KeyAttributeCollection? keys)
        {
            if (id != Guid.Empty)
            {
                return context.Transaction.Find(table.LogicalName, id);
            }

            if (keys == null || keys.Count == 0)
            {
                throw DataverseFaults.InvalidArgument("The " + table.LogicalName + " to address has neither an id nor key attributes.");
            }

            if (keys.Keys.Any(string.IsNullOrEmpty))
            {
                throw DataverseFaults.KeyAttributeNameMissing(table.LogicalName);
            }

            if (keys.Count == 1 && keys.Contains(table.PrimaryIdAttribute) && keys[table.PrimaryIdAttribute] is Guid keyedId)
            {
                return context.Transaction.Find(table.LogicalName, keyedId);
            }

            var key = KeyFor(table, keys);
            var values = key.Columns.Select(column => ColumnValueRules.Normalize(context.Catalog.GetColumn(table.LogicalName, column), keys[column])).ToList();
            var missing = key.Columns.Where((column, index) => values[index] == null).ToList();
            if (missing.Count > 0)
            {
                // An alternate key addresses a row only by all its values: a null one names no row (nor a new one).
                throw DataverseFaults.KeyValueMissing(table.LogicalName, key.SchemaName, missing);
            }

            return context.Transaction.FindByKey(table.LogicalName, key, values);
        }

        public static Row Require(MessageContext context, TableMetadata table, Guid id, KeyAttributeCollection? keys)
        {
            var row = Find(context, table, id, keys);
            if (row != null)
            {
                return row;
            }

            throw id != Guid.Empty ? DataverseFaults.RowDoesNotExist(table.LogicalName, id) : DataverseFaults.RowDoesNotExistByKey(table.LogicalName);
        }

        /// <summary>The alternate key whose columns are exactly the given key attributes (in any order).</summary>
        public static AlternateKeyMetadata KeyFor(TableMetadata table, KeyAttributeCollection keys)
        {
            var names = new HashSet<string>(keys.Keys, StringComparer.Ordinal);
            var key = table.Keys.FirstOrDefault(candidate => candidate.Columns.Count == names.Count && candidate.Columns.All(names.Contains));
            return key ?? throw DataverseFaults.KeyNotDefined(table.LogicalName, string.Join(",", keys.Keys.OrderBy(name => name, StringComparer.Ordinal)));
        }
    }
}
