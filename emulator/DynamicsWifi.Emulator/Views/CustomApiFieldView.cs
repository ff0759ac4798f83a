namespace DynamicsWifi.Emulator.Views
{
    /// <summary>A custom API request parameter or response property, read-only.</summary>
    public sealed class CustomApiFieldView
    {
        internal CustomApiFieldView(string uniqueName, CustomApiFieldKind kind, string? logicalEntityName, bool isOptional)
        {
            UniqueName = uniqueName;
            Kind = kind;
            LogicalEntityName = logicalEntityName;
            IsOptional = isOptional;
        }

        /// <summary>The name callers use, case-sensitive.</summary>
        public string UniqueName { get; }

        public CustomApiFieldKind Kind { get; }

        /// <summary>The table of an Entity or EntityReference field, when the definition names one.</summary>
        public string? LogicalEntityName { get; }

        /// <summary>Always false for a response property.</summary>
        public bool IsOptional { get; }
    }
}
