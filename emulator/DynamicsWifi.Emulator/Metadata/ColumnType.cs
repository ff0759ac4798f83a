namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>The column types the emulator stores, with the .NET value each holds through the SDK.</summary>
    internal enum ColumnType
    {
        /// <summary>Primary key (uniqueidentifier of the row): Guid.</summary>
        PrimaryKey,

        /// <summary>Single line of text (nvarchar): string.</summary>
        String,

        /// <summary>Multiple lines of text (ntext/memo): string.</summary>
        Memo,

        /// <summary>Whole number (int): int.</summary>
        Integer,

        /// <summary>Big integer (bigint): long.</summary>
        BigInt,

        /// <summary>Decimal number: decimal.</summary>
        Decimal,

        /// <summary>Floating point number (float): double.</summary>
        Double,

        /// <summary>Currency: Money.</summary>
        Money,

        /// <summary>Yes/No (bit): bool.</summary>
        Boolean,

        /// <summary>Date and time: DateTime (UTC).</summary>
        DateTime,

        /// <summary>Lookup, customer or owner: EntityReference.</summary>
        Lookup,

        /// <summary>Choice (picklist): OptionSetValue.</summary>
        Picklist,

        /// <summary>Status (statecode): OptionSetValue.</summary>
        State,

        /// <summary>Status reason (statuscode): OptionSetValue.</summary>
        Status,

        /// <summary>Choices (multi-select picklist): OptionSetValueCollection.</summary>
        MultiSelectPicklist,

        /// <summary>A plain uniqueidentifier column that is not the primary key: Guid.</summary>
        UniqueIdentifier,

        /// <summary>The logical name of a table, as the *idtype columns of polymorphic lookups hold: string.</summary>
        EntityName,

        /// <summary>Image (image): byte[] of the full image; the platform's thumbnail and URL columns are not modelled.</summary>
        Image,

        /// <summary>File (file): the Guid of the stored file, set by the file upload messages, not by Create or Update.</summary>
        File,

        /// <summary>Activity party list (partylist): an EntityCollection of activityparty rows.</summary>
        PartyList,
    }
}
