namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>Who owns a table's rows: a user or team (ownerid), the organization, a business unit (systemuser,
    /// team, role: owningbusinessunit only), or nobody (intersect and other system tables).</summary>
    internal enum OwnershipType
    {
        UserOwned,
        OrganizationOwned,
        None,
        BusinessOwned,
    }
}
