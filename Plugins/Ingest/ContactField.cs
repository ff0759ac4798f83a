namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>The contact columns a login may change; Dataverse/ContactMapping names the column of each.</summary>
    public enum ContactField
    {
        FirstName,
        LastName,
        Email,
        Mobile,
        Gender,
        BirthDate,
        GuestId,
        DoNotBulkEmail,
        ConsentDate,
        ConsentChannel,
    }
}
