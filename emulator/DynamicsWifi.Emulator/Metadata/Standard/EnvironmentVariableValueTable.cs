namespace DynamicsWifi.Emulator.Metadata.Standard
{
    /// <summary>environmentvariablevalue, the current value that overrides a definition's default (DATAVERSE-FACTS.md 6);
    /// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariablevalue.</summary>
    internal static class EnvironmentVariableValueTable
    {
        public static TableMetadata Build() => new TableBuilder("environmentvariablevalue", "environmentvariablevalues", OwnershipType.UserOwned, primaryName: "schemaname")
            .Text("schemaname", 100, updatable: false)
            .Memo("value", 2000)
            .Lookup("environmentvariabledefinitionid", RequiredLevel.SystemRequired, "environmentvariabledefinition")
            .ActiveInactive()
            .Build();

        /// <summary>Deleting a definition deletes its value (parental relationship).</summary>
        public static RelationshipMetadata DefinitionRelationship() => new RelationshipMetadata(
            "environmentvariabledefinition_environmentvariablevalue",
            "environmentvariabledefinition",
            "environmentvariablevalue",
            "environmentvariabledefinitionid",
            CascadeBehavior.Cascade);
    }
}
