using System;
using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Emulator.Metadata.Standard
{
    /// <summary>The columns Dataverse adds to every table, with the types, ranges and Create/Update validity that
    /// exports of custom tables show (ColumnLevelSecuritySampleSolution, 2025). Exports leave some out (versionnumber,
    /// owneridtype), so every table gets the missing ones from here.</summary>
    internal static class SystemColumns
    {
        private static readonly IReadOnlyDictionary<string, string[]> Targets = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["createdby"] = new[] { "systemuser" },
            ["createdonbehalfby"] = new[] { "systemuser" },
            ["modifiedby"] = new[] { "systemuser" },
            ["modifiedonbehalfby"] = new[] { "systemuser" },
            ["ownerid"] = new[] { "systemuser", "team" },
            ["owninguser"] = new[] { "systemuser" },
            ["owningteam"] = new[] { "team" },
            ["owningbusinessunit"] = new[] { "businessunit" },
            ["organizationid"] = new[] { "organization" },
        };

        /// <summary>The tables a standard system lookup points at (createdby: systemuser), or none.</summary>
        public static IReadOnlyList<string> TargetsOf(string column) =>
            Targets.TryGetValue(column, out var targets) ? targets : Array.Empty<string>();

        public static IEnumerable<ColumnMetadata> For(string table, OwnershipType ownership, bool isIntersect = false)
        {
            yield return new ColumnMetadata(table, "versionnumber", ColumnType.BigInt, isValidForCreate: false, isValidForUpdate: false);
            if (isIntersect)
            {
                yield break;
            }

            yield return ReadOnly(table, "createdon", ColumnType.DateTime);
            yield return ReadOnly(table, "modifiedon", ColumnType.DateTime);
            foreach (var lookup in new[] { "createdby", "createdonbehalfby", "modifiedby", "modifiedonbehalfby" })
            {
                yield return ReadOnly(table, lookup, ColumnType.Lookup);
            }

            yield return new ColumnMetadata(table, "overriddencreatedon", ColumnType.DateTime, isValidForUpdate: false);
            yield return new ColumnMetadata(table, "importsequencenumber", ColumnType.Integer, minValue: int.MinValue, maxValue: int.MaxValue, isValidForUpdate: false);
            yield return new ColumnMetadata(table, "timezoneruleversionnumber", ColumnType.Integer, minValue: -1, maxValue: int.MaxValue);
            yield return new ColumnMetadata(table, "utcconversiontimezonecode", ColumnType.Integer, minValue: -1, maxValue: int.MaxValue);
            foreach (var column in OwnershipColumns(table, ownership))
            {
                yield return column;
            }
        }

        private static IEnumerable<ColumnMetadata> OwnershipColumns(string table, OwnershipType ownership)
        {
            switch (ownership)
            {
                case OwnershipType.UserOwned:
                    yield return new ColumnMetadata(table, "ownerid", ColumnType.Lookup, RequiredLevel.SystemRequired, lookupTargets: TargetsOf("ownerid"));
                    yield return new ColumnMetadata(table, "owneridtype", ColumnType.EntityName, maxLength: 64);
                    yield return ReadOnly(table, "owninguser", ColumnType.Lookup);
                    yield return ReadOnly(table, "owningteam", ColumnType.Lookup);
                    yield return ReadOnly(table, "owningbusinessunit", ColumnType.Lookup);
                    break;
                case OwnershipType.BusinessOwned:
                    yield return ReadOnly(table, "owningbusinessunit", ColumnType.Lookup);
                    break;
                case OwnershipType.OrganizationOwned:
                    yield return ReadOnly(table, "organizationid", ColumnType.Lookup);
                    break;
            }
        }

        private static ColumnMetadata ReadOnly(string table, string column, ColumnType type) =>
            new ColumnMetadata(table, column, type, lookupTargets: TargetsOf(column).ToList(), isValidForCreate: false, isValidForUpdate: false);
    }
}
