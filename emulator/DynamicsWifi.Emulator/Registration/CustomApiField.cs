namespace DynamicsWifi.Emulator.Registration
{
    /// <summary>A custom API request parameter or response property (customapirequestparameter /
    /// customapiresponseproperty); IsOptional is always false for a response property.</summary>
    internal sealed class CustomApiField
    {
        public CustomApiField(string uniqueName, CustomApiFieldType type, string? logicalEntityName, bool isOptional)
        {
            UniqueName = uniqueName;
            Type = type;
            LogicalEntityName = logicalEntityName;
            IsOptional = isOptional;
        }

        /// <summary>The name callers use, case-sensitive.</summary>
        public string UniqueName { get; }

        public CustomApiFieldType Type { get; }

        public string? LogicalEntityName { get; }

        public bool IsOptional { get; }
    }
}
