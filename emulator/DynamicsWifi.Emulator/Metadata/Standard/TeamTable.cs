namespace DynamicsWifi.Emulator.Metadata.Standard
{
    /// <summary>team; https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/team.</summary>
    internal static class TeamTable
    {
        public static TableMetadata Build() => new TableBuilder("team", "teams", OwnershipType.BusinessOwned, primaryName: "name")
            .Text("name", 160, RequiredLevel.SystemRequired)
            .Lookup("businessunitid", RequiredLevel.SystemRequired, "businessunit")
            .Lookup("administratorid", RequiredLevel.SystemRequired, "systemuser")
            .Choice("teamtype", RequiredLevel.SystemRequired, (0, "Owner"), (1, "Access"), (2, "Security Group"), (3, "Office Group"))
            .Choice("membershiptype", RequiredLevel.SystemRequired, (0, "Members and guests"), (1, "Members"), (2, "Owners"), (3, "Guests"))
            .YesNo("isdefault", readOnly: true)
            .Guid("azureactivedirectoryobjectid")
            .Text("emailaddress", 100)
            .Memo("description", 2000)
            .Build();
    }
}
