namespace DynamicsWifi.Emulator.Views
{
    /// <summary>What a column holds, as a client of the Web API or the SDK sees it (Dataverse's AttributeTypeCode, with
    /// the date-only behaviour split out because the Web API types it as Edm.Date).</summary>
    public enum ColumnKind
    {
        PrimaryKey,
        String,
        Memo,
        Integer,
        BigInt,
        Decimal,
        Double,
        Money,
        Boolean,
        DateTime,
        DateOnly,
        Lookup,
        Picklist,
        State,
        Status,
        MultiSelectPicklist,
        Uniqueidentifier,
        EntityName,
        Image,
        File,
        PartyList,
    }
}
