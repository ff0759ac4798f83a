namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>Who owns a table's rows: a user or team (ownerid), the organization, or nobody (system tables).</summary>
    internal enum OwnershipType
    {
        UserOwned,
        OrganizationOwned,
        None,
    }
}
