namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>What deleting the parent of a 1:N relationship does to its children (CascadeDelete in exports).</summary>
    internal enum CascadeBehavior
    {
        /// <summary>Delete the children too.</summary>
        Cascade,

        /// <summary>Clear the children's lookup.</summary>
        RemoveLink,

        /// <summary>Refuse to delete a parent that has children.</summary>
        Restrict,

        /// <summary>Leave the children as they are.</summary>
        NoCascade,
    }
}
