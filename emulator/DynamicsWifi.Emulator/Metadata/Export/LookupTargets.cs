using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata.Standard;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>Fills in the tables each lookup may point at. An exported lookup does not name its target: its
    /// relationships do (one per target for polymorphic lookups, "Owner" for ownerid). Without a relationship, the
    /// LookupTypes object type codes and then the standard system lookups (createdby: systemuser) decide.</summary>
    internal static class LookupTargets
    {
        // Object type codes of the standard tables, as LookupTypes lists them (fixed in every environment).
        private static readonly IReadOnlyDictionary<int, string> TablesByTypeCode = new Dictionary<int, string>
        {
            [1] = "account",
            [2] = "contact",
            [3] = "opportunity",
            [4] = "lead",
            [8] = "systemuser",
            [9] = "team",
            [10] = "businessunit",
            [112] = "incident",
        };

        public static IReadOnlyList<TableMetadata> Fill(
            IEnumerable<TableMetadata> tables,
            IReadOnlyList<RelationshipMetadata> relationships,
            IReadOnlyDictionary<(string Table, string Column), IReadOnlyList<int>> lookupTypeCodes)
        {
            var fromRelationships = relationships
                .SelectMany(relationship => Parents(relationship).Select(parent => (Key: (relationship.ReferencingTable, relationship.ReferencingColumn), Parent: parent)))
                .GroupBy(pair => pair.Key)
                .ToDictionary(group => group.Key, group => group.Select(pair => pair.Parent).ToList());
            return tables.Select(table => WithTargets(table, fromRelationships, lookupTypeCodes)).ToList();
        }

        /// <summary>The real tables a relationship's parent stands for: "owner" is a user or a team.</summary>
        public static IEnumerable<string> Parents(RelationshipMetadata relationship) =>
            relationship.ReferencedTable == RelationshipReader.OwnerParent ? SystemColumns.TargetsOf("ownerid") : new[] { relationship.ReferencedTable };

        private static TableMetadata WithTargets(
            TableMetadata table,
            IReadOnlyDictionary<(string, string), List<string>> fromRelationships,
            IReadOnlyDictionary<(string Table, string Column), IReadOnlyList<int>> lookupTypeCodes)
        {
            var columns = new Dictionary<string, ColumnMetadata>(StringComparer.Ordinal);
            foreach (var column in table.Columns.Values)
            {
                columns[column.LogicalName] = column.Type == ColumnType.Lookup ? WithTargets(column, fromRelationships, lookupTypeCodes) : column;
            }

            return new TableMetadata(
                table.LogicalName, table.PrimaryIdAttribute, table.PrimaryNameAttribute, table.EntitySetName, table.Ownership, columns, table.Keys,
                table.IsOptimisticConcurrencyEnabled);
        }

        private static ColumnMetadata WithTargets(
            ColumnMetadata column,
            IReadOnlyDictionary<(string, string), List<string>> fromRelationships,
            IReadOnlyDictionary<(string Table, string Column), IReadOnlyList<int>> lookupTypeCodes)
        {
            var key = (column.TableLogicalName, column.LogicalName);
            var targets = column.LookupTargets.ToList();
            if (fromRelationships.TryGetValue(key, out var parents))
            {
                targets.AddRange(parents);
            }

            if (targets.Count == 0 && lookupTypeCodes.TryGetValue(key, out var codes))
            {
                targets.AddRange(codes.Where(TablesByTypeCode.ContainsKey).Select(code => TablesByTypeCode[code]));
            }

            if (targets.Count == 0)
            {
                targets.AddRange(SystemColumns.TargetsOf(column.LogicalName));
            }

            var distinct = targets.Distinct(StringComparer.Ordinal).ToList();
            return distinct.SequenceEqual(column.LookupTargets) ? column : column.WithLookupTargets(distinct);
        }
    }
}
