namespace DynamicsWifi.Emulator.Metadata.Standard
{
    /// <summary>businessunit; https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/businessunit.
    /// The root business unit has no parent.</summary>
    internal static class BusinessUnitTable
    {
        public static TableMetadata Build() => new TableBuilder("businessunit", "businessunits", OwnershipType.BusinessOwned, primaryName: "name")
            .Text("name", 160, RequiredLevel.SystemRequired)
            .Lookup("parentbusinessunitid", RequiredLevel.ApplicationRequired, "businessunit")
            .Text("divisionname", 100)
            .Text("emailaddress", 100)
            .Memo("description", 2000)
            .YesNo("isdisabled", readOnly: true, no: "Enabled", yes: "Disabled")
            .Build();
    }
}
