namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Every table, column, key, image and setting name the plug-ins use, once (names are contracts: DESIGN.md 2).</summary>
    public static class Schema
    {
        public static class Contact
        {
            public const string Table = "contact";
            public const string PrimaryId = "contactid";
            public const string IdentityKey = "cr_wifi_identitykey";
            public const string IdentityKeyName = "cr_contact_wifiidentity";
            public const string Email = "emailaddress1";
            public const string Mobile = "mobilephone";
        }

        public static class EnvironmentVariableDefinition
        {
            public const string Table = "environmentvariabledefinition";
            public const string PrimaryId = "environmentvariabledefinitionid";
            public const string SchemaName = "schemaname";
            public const string DefaultValue = "defaultvalue";
        }

        public static class EnvironmentVariableValue
        {
            public const string Table = "environmentvariablevalue";
            public const string DefinitionId = "environmentvariabledefinitionid";
            public const string Value = "value";
        }

        /// <summary>Environment variable definitions shipped in Solution/environmentvariabledefinitions/.</summary>
        public static class Settings
        {
            public const string DefaultCountry = "cr_WifiDefaultCountry";
        }

        /// <summary>Entity image aliases as registered on the steps in Solution/customizations.xml.</summary>
        public static class Images
        {
            public const string PreImage = "PreImage";
        }
    }
}
