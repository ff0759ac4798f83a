using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Store
{
    /// <summary>The indexes of one set of rows of one table: a unique index per alternate key (key values to row)
    /// and a non-unique index per lookup column (referenced id to the ids of the rows pointing at it). Used for the
    /// committed rows and, separately, for each transaction's own pending rows. Not thread-safe: its owner
    /// guards it.</summary>
    internal sealed class RowIndexes
    {
        private readonly Dictionary<string, (AlternateKeyMetadata Key, Dictionary<KeyTuple, Row> Index)> _keys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<Guid, HashSet<Guid>>> _lookups = new(StringComparer.Ordinal);

        private readonly TextCollation _collation;

        public RowIndexes(TableMetadata table, TextCollation collation)
        {
            Table = table;
            _collation = collation;
            foreach (var key in table.Keys)
            {
                _keys.Add(key.LogicalName, (key, new Dictionary<KeyTuple, Row>()));
            }

            foreach (var column in table.Columns.Values.Where(column => column.Type == ColumnType.Lookup))
            {
                _lookups.Add(column.LogicalName, new Dictionary<Guid, HashSet<Guid>>());
            }
        }

        public TableMetadata Table { get; }

        public bool HasLookupIndex(string column) => _lookups.ContainsKey(column);

        public void Add(Row row)
        {
            foreach (var (key, index) in _keys.Values)
            {
                var tuple = KeyTuple.From(key, row.Values, _collation);
                if (tuple == null)
                {
                    continue;
                }

                if (index.TryGetValue(tuple, out var holder) && holder.Id != row.Id)
                {
                    // The transaction checked the key under its lock before writing; reaching here is a bug, not a user error.
                    throw new InvalidOperationException($"Unique index {key.SchemaName} already holds ({tuple}) for row {holder.Id}.");
                }

                index[tuple] = row;
            }

            foreach (var (column, index) in _lookups)
            {
                if (ReferencedId(row, column) is Guid parent)
                {
                    if (!index.TryGetValue(parent, out var children))
                    {
                        children = new HashSet<Guid>();
                        index.Add(parent, children);
                    }

                    children.Add(row.Id);
                }
            }
        }

        public void Remove(Row row)
        {
            foreach (var (key, index) in _keys.Values)
            {
                var tuple = KeyTuple.From(key, row.Values, _collation);
                if (tuple != null && index.TryGetValue(tuple, out var holder) && holder.Id == row.Id)
                {
                    index.Remove(tuple);
                }
            }

            foreach (var (column, index) in _lookups)
            {
                if (ReferencedId(row, column) is Guid parent && index.TryGetValue(parent, out var children))
                {
                    children.Remove(row.Id);
                    if (children.Count == 0)
                    {
                        index.Remove(parent);
                    }
                }
            }
        }

        /// <summary>The row holding these key values, if any. The index holds the row itself, not its id, so a keyed
        /// find is one hash lookup.</summary>
        public Row? FindKey(AlternateKeyMetadata key, KeyTuple tuple) =>
            _keys.TryGetValue(key.LogicalName, out var entry) && entry.Index.TryGetValue(tuple, out var row) ? row : null;

        /// <summary>The ids of the rows whose lookup column points at <paramref name="parent"/>, copied.</summary>
        public Guid[] FindReferencing(string column, Guid parent) =>
            _lookups.TryGetValue(column, out var index) && index.TryGetValue(parent, out var children) ? children.ToArray() : Array.Empty<Guid>();

        /// <summary>The ids of the rows whose <paramref name="column"/> equals <paramref name="value"/>, when an
        /// index answers that (a lookup column, or the only column of an alternate key); false when none does or
        /// the value is not of the column's kind, so the caller scans with its own comparison.</summary>
        public bool TryFind(string column, object? value, out Guid[] ids)
        {
            ids = Array.Empty<Guid>();
            if (value == null || !Table.Columns.TryGetValue(column, out var metadata))
            {
                return false;
            }

            if (_lookups.ContainsKey(column))
            {
                if (AsGuid(value) is not Guid parent)
                {
                    return false;
                }

                ids = FindReferencing(column, parent);
                return true;
            }

            foreach (var (key, index) in _keys.Values)
            {
                if (key.Columns.Count == 1 && key.Columns[0] == column && IsOfKind(metadata.Type, IndexValue.Normalize(value, _collation)))
                {
                    var tuple = KeyTuple.FromOrdered(new[] { value }, _collation);
                    ids = tuple != null && index.TryGetValue(tuple, out var holder) ? new[] { holder.Id } : Array.Empty<Guid>();
                    return true;
                }
            }

            return false;
        }

        /// <summary>A Guid from a Guid, an EntityReference or a Guid's text, else null.</summary>
        public static Guid? AsGuid(object? value) => value switch
        {
            Guid id => id,
            string text when Guid.TryParse(text, out var parsed) => parsed,
            EntityReference reference => reference.Id,
            _ => null,
        };

        private static bool IsOfKind(ColumnType type, object? normalized) => type switch
        {
            ColumnType.String or ColumnType.Memo or ColumnType.EntityName => IndexValue.IsText(normalized),
            ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Money or ColumnType.Picklist or ColumnType.State or ColumnType.Status => normalized is decimal,
            ColumnType.DateTime => normalized is DateTime,
            ColumnType.Lookup or ColumnType.UniqueIdentifier or ColumnType.PrimaryKey => normalized is Guid,
            _ => false,
        };

        private static Guid? ReferencedId(Row row, string column) =>
            row.Values.TryGetValue(column, out var value) && AsGuid(value) is Guid id ? id : null;
    }
}
