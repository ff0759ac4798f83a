using System;
using System.Collections.Generic;

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
        /// column, lookup column); null when the column has no index, so the caller scans instead.</summary>
        IEnumerable<Row>? FindByIndex(string table, string column, object value);
    }
}
