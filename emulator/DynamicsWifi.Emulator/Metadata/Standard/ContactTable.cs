namespace DynamicsWifi.Emulator.Metadata.Standard
{
    /// <summary>contact: the standard columns the solution uses (DESIGN.md 2) plus fullname, telephone1 and
    /// parentcustomerid; https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact.</summary>
    internal static class ContactTable
    {
        public static TableMetadata Build() => new TableBuilder("contact", "contacts", OwnershipType.UserOwned, primaryName: "fullname")
            .Text("firstname", 50, RequiredLevel.Recommended)
            .Text("middlename", 50)
            .Text("lastname", 50, RequiredLevel.ApplicationRequired)
            // Composed by the platform from first, middle and last name; not writable.
            .Text("fullname", 160, readOnly: true)
            .Text("emailaddress1", 100)
            .Text("emailaddress2", 100)
            .Text("emailaddress3", 100)
            .Text("mobilephone", 50)
            .Text("telephone1", 50)
            .Text("jobtitle", 100)
            .Memo("description", 2000)
            .Choice("gendercode", RequiredLevel.None, (1, "Male"), (2, "Female"))
            .Date("birthdate", DateTimeBehavior.DateOnly)
            .YesNo("donotemail", no: "Allow", yes: "Do Not Allow")
            .YesNo("donotbulkemail", no: "Allow", yes: "Do Not Allow")
            .YesNo("donotphone", no: "Allow", yes: "Do Not Allow")
            .YesNo("donotpostalmail", no: "Allow", yes: "Do Not Allow")
            .Lookup("parentcustomerid", RequiredLevel.None, "account", "contact")
            .TableName("parentcustomeridtype")
            .ActiveInactive()
            .Build();
    }
}
