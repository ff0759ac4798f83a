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
        /// index's: a lookup matches by id, text case-insensitively with trailing spaces ignored (as SQL Server's
        /// default collation compares).</summary>
        IEnumerable<Row>? FindByIndex(string table, string column, object value);

        /// <summary>The visible row whose alternate key holds these values (in the key's column order), or null.
        /// Implementations answer from the key's unique index; this default scans.</summary>
        Row? FindByKey(string table, AlternateKeyMetadata key, IReadOnlyList<object?> values)
        {
            var wanted = KeyTuple.FromOrdered(values);
            if (wanted == null)
            {
                return null;
            }

            foreach (var row in Rows(table))
            {
                if (wanted.Equals(KeyTuple.From(key, row.Values)))
                {
                    return row;
                }
            }

            return null;
        }
    }
}
