namespace DynamicsWifi.Emulator.Metadata.Standard
{
    /// <summary>role and the two intersect tables that give roles to users and teams (systemuserroles, teamroles):
    /// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/role,
    /// .../systemuserroles, .../teamroles. Intersect rows hold plain ids and only versionnumber as a system column;
    /// Associate and Disassociate write them.</summary>
    internal static class RoleTables
    {
        public static TableMetadata Role() => new TableBuilder("role", "roles", OwnershipType.BusinessOwned, primaryName: "name")
            .Text("name", 100, RequiredLevel.SystemRequired)
            .Lookup("businessunitid", RequiredLevel.SystemRequired, "businessunit")
            .ReadOnlyLookup("parentroleid", "role")
            .ReadOnlyLookup("parentrootroleid", "role")
            .Lookup("roletemplateid", RequiredLevel.None, "roletemplate")
            .Memo("description", 2000)
            .Build();

        public static TableMetadata SystemUserRoles() => new TableBuilder("systemuserroles", "systemuserrolescollection", OwnershipType.None, primaryName: null, isIntersect: true, primaryId: "systemuserroleid")
            .Guid("systemuserid", readOnly: true)
            .Guid("roleid", readOnly: true)
            .Build();

        public static TableMetadata TeamRoles() => new TableBuilder("teamroles", "teamrolescollection", OwnershipType.None, primaryName: null, isIntersect: true, primaryId: "teamroleid")
            .Guid("teamid", readOnly: true)
            .Guid("roleid", readOnly: true)
            .Build();
    }
}
