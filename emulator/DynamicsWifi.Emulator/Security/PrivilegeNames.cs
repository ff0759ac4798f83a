using System;
using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Security
{
    /// <summary>The name of a table privilege: "prv" + right + the table's schema name (prvReadAccount,
    /// prvCreatesample_Example in the ColumnLevelSecuritySampleSolution export). Names compare without case, as the
    /// platform resolves them, so the logical name stands for the schema name except where the two differ by more
    /// than case.</summary>
    internal static class PrivilegeNames
    {
        public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

        // Standard tables whose privileges are named after something else than the table: systemuser's are prvReadUser,
        // prvAppendToUser... (the AppendToUser privilege appears in the FastTrack P2CFieldService roles export).
        private static readonly IReadOnlyDictionary<string, string> PrivilegeEntity = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["systemuser"] = "User",
        };

        public static string For(AccessRight right, string table) =>
            "prv" + right + (PrivilegeEntity.TryGetValue(table, out var name) ? name : table);
    }
}
