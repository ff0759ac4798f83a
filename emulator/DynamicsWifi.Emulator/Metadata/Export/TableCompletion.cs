using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata.Standard;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>Turns an exported table into the table Dataverse holds: a standard table the solution extends keeps its
    /// built-in columns and gains the solution's; any other table gets the system columns exports leave out.</summary>
    internal static class TableCompletion
    {
        /// <summary>contact as built in, plus the columns and keys the solution adds (a solution column wins over a
        /// built-in one of the same name: the export is what the environment holds).</summary>
        public static TableMetadata Extend(TableMetadata standard, ExportedTable exported)
        {
            var columns = new Dictionary<string, ColumnMetadata>(standard.Columns, StringComparer.Ordinal);
            foreach (var exportedColumn in exported.Columns)
            {
                var column = exportedColumn.Column;
                // An exported lookup names no targets (its relationships do); keep the ones the built-in description knows.
                columns[column.LogicalName] = column.Type == ColumnType.Lookup && column.LookupTargets.Count == 0 && standard.Columns.TryGetValue(column.LogicalName, out var builtIn)
                    ? column.WithLookupTargets(builtIn.LookupTargets)
                    : column;
            }

            var keys = standard.Keys
                .Where(key => exported.Keys.All(added => !string.Equals(added.LogicalName, key.LogicalName, StringComparison.Ordinal)))
                .Concat(exported.Keys)
                .ToList();
            var primaryName = exported.Columns.FirstOrDefault(column => column.IsPrimaryName)?.Column.LogicalName ?? standard.PrimaryNameAttribute;
            return new TableMetadata(
                standard.LogicalName,
                standard.PrimaryIdAttribute,
                primaryName,
                standard.EntitySetName,
                standard.Ownership,
                columns,
                keys,
                standard.IsOptimisticConcurrencyEnabled);
        }

        /// <summary>A table the built-in description does not know: a custom table, or a standard table the solution
        /// only touches (its built-in columns beyond the system ones stay unknown).</summary>
        public static TableMetadata Complete(ExportedTable exported, ICollection<string> notes)
        {
            var table = exported.LogicalName;
            var ownership = exported.Ownership ?? OwnershipType.UserOwned;
            if (exported.Ownership == null)
            {
                notes.Add($"{table}: the export carries no OwnershipTypeMask; assumed user-owned.");
            }

            var columns = SystemColumns.For(table, ownership).ToDictionary(column => column.LogicalName, StringComparer.Ordinal);
            foreach (var column in exported.Columns)
            {
                columns[column.Column.LogicalName] = column.Column;
            }

            var primaryId = exported.Columns.FirstOrDefault(column => column.Column.Type == ColumnType.PrimaryKey)?.Column.LogicalName ?? table + "id";
            if (!columns.ContainsKey(primaryId))
            {
                columns[primaryId] = new ColumnMetadata(table, primaryId, ColumnType.PrimaryKey, RequiredLevel.SystemRequired, isValidForUpdate: false);
            }

            var entitySetName = exported.EntitySetName ?? table + "s";
            if (exported.EntitySetName == null)
            {
                notes.Add($"{table}: the export carries no EntitySetName; assumed '{entitySetName}'.");
            }

            return new TableMetadata(
                table,
                primaryId,
                exported.Columns.FirstOrDefault(column => column.IsPrimaryName)?.Column.LogicalName,
                entitySetName,
                ownership,
                columns,
                exported.Keys);
        }
    }
}
