using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.Metadata;

namespace DynamicsWifi.Emulator.Store
{
    /// <summary>The rows one reader sees: committed data plus its own transaction's writes, never another open
    /// transaction's (read committed). Queries read through this and nothing else.</summary>
    internal interface IRowSource
    {
        /// <summary>Every visible row of the table (a scan).</summary>
        IEnumerable<Row> Rows(string table);

        /// <summary>The visible row with that primary key, or null.</summary>
        Row? Find(string table, Guid id);

        /// <summary>The visible rows whose column equals the value, found through an index (primary key, alternate-key
        /// column, lookup column); null when the column has no index, so the caller scans instead. Equality is the
        /// index's: a lookup matches by id, text under the organization's collation (as queries compare it).</summary>
        IEnumerable<Row>? FindByIndex(string table, string column, object value);

        /// <summary>The visible row whose alternate key holds these values (in the key's column order), or null,
        /// compared under the organization's collation; answered from the key's unique index.</summary>
        Row? FindByKey(string table, AlternateKeyMetadata key, IReadOnlyList<object?> values);
    }
}
