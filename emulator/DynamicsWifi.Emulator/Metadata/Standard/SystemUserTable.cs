namespace DynamicsWifi.Emulator.Metadata.Standard
{
    /// <summary>systemuser (business-owned: it belongs to a business unit, not to an owner);
    /// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/systemuser.</summary>
    internal static class SystemUserTable
    {
        public static TableMetadata Build() => new TableBuilder("systemuser", "systemusers", OwnershipType.BusinessOwned, primaryName: "fullname")
            .Text("firstname", 256, RequiredLevel.Recommended)
            .Text("lastname", 256, RequiredLevel.ApplicationRequired)
            .Text("fullname", 200, readOnly: true)
            .Text("domainname", 1024, RequiredLevel.ApplicationRequired)
            .Text("internalemailaddress", 100, RequiredLevel.ApplicationRequired)
            .Text("mobilephone", 64)
            .Lookup("businessunitid", RequiredLevel.SystemRequired, "businessunit")
            // Set through the admin center or the enable/disable messages, not through Create or Update.
            .YesNo("isdisabled", readOnly: true, no: "Enabled", yes: "Disabled")
            .Choice("accessmode", RequiredLevel.SystemRequired, (0, "Read-Write"), (1, "Administrative"), (2, "Read"), (3, "Support User"), (4, "Non-interactive"), (5, "Delegated Admin"))
            .Guid("azureactivedirectoryobjectid")
            .Guid("applicationid")
            .Build();
    }
}
