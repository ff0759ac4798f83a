namespace DynamicsWifi.Emulator.Metadata.Standard
{
    /// <summary>environmentvariabledefinition (DATAVERSE-FACTS.md 6);
    /// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition.</summary>
    internal static class EnvironmentVariableDefinitionTable
    {
        public static TableMetadata Build() => new TableBuilder("environmentvariabledefinition", "environmentvariabledefinitions", OwnershipType.UserOwned, primaryName: "schemaname")
            .Text("schemaname", 100, RequiredLevel.SystemRequired, updatable: false)
            .Text("displayname", 100, RequiredLevel.SystemRequired)
            .Memo("defaultvalue", 2000)
            .Memo("description", 2000)
            .Memo("valueschema", 2000)
            .Text("introducedversion", 48)
            .Choice(
                "type",
                RequiredLevel.SystemRequired,
                (100000000, "String"),
                (100000001, "Number"),
                (100000002, "Boolean"),
                (100000003, "JSON"),
                (100000004, "Data source"),
                (100000005, "Secret"))
            .Choice("secretstore", RequiredLevel.None, (0, "Azure Key Vault"), (1, "Microsoft Dataverse"))
            .YesNo("isrequired")
            .Lookup("parentdefinitionid", RequiredLevel.None, "environmentvariabledefinition")
            .ActiveInactive()
            .Key("environmentvariabledefinition_schemaname", "schemaname")
            .Build();
    }
}
