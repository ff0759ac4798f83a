using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Metadata.Standard
{
    /// <summary>The one built-in description of the standard tables a solution's code touches, with Microsoft's types
    /// and lengths. A solution that extends one of them (contact) adds to it; it never replaces it.</summary>
    internal static class StandardTables
    {
        public static IReadOnlyList<TableMetadata> All { get; } = new[]
        {
            ContactTable.Build(),
            SystemUserTable.Build(),
            BusinessUnitTable.Build(),
            TeamTable.Build(),
            EnvironmentVariableDefinitionTable.Build(),
            EnvironmentVariableValueTable.Build(),
            RoleTables.Role(),
            RoleTables.SystemUserRoles(),
            RoleTables.TeamRoles(),
            AsyncOperationTable.Build(),
        };

        /// <summary>The relationships among them whose delete behaviour matters.</summary>
        public static IReadOnlyList<RelationshipMetadata> Relationships { get; } = new[]
        {
            EnvironmentVariableValueTable.DefinitionRelationship(),
            // A business unit that still has users or teams cannot be deleted.
            new RelationshipMetadata("business_unit_system_users", "businessunit", "systemuser", "businessunitid", CascadeBehavior.Restrict),
            new RelationshipMetadata("business_unit_teams", "businessunit", "team", "businessunitid", CascadeBehavior.Restrict),
        };
    }
}
