using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Query
{
    /// <summary>A list of rows standing in for the store, indexing primary keys, lookups and alternate-key columns as the
    /// store does, and counting scans and index hits so a test can show a keyed query never scans.</summary>
    internal sealed class TestRowSource : IRowSource
    {
        private readonly MetadataCatalog _catalog;
        private readonly Dictionary<string, List<Row>> _rows = new Dictionary<string, List<Row>>(StringComparer.Ordinal);
        private long _version;

        public TestRowSource(MetadataCatalog catalog)
        {
            _catalog = catalog;
        }

        public int Scans { get; private set; }

        public int IndexHits { get; private set; }

        public Row Add(string table, Guid id, params (string Column, object? Value)[] values)
        {
            var metadata = _catalog.GetTable(table);
            var columns = values.ToDictionary(pair => pair.Column, pair => pair.Value, StringComparer.Ordinal);
            columns[metadata.PrimaryIdAttribute] = id;
            var row = new Row(table, id, columns, ++_version);
            if (!_rows.TryGetValue(table, out var list))
            {
                _rows[table] = list = new List<Row>();
            }

            list.Add(row);
            return row;
        }

        public Row Add(string table, params (string Column, object? Value)[] values) => Add(table, Guid.NewGuid(), values);

        public IEnumerable<Row> Rows(string table)
        {
            Scans++;
            return _rows.TryGetValue(table, out var list) ? list.ToList() : new List<Row>();
        }

        public Row? Find(string table, Guid id)
        {
            IndexHits++;
            return _rows.TryGetValue(table, out var list) ? list.FirstOrDefault(row => row.Id == id) : null;
        }

        public IEnumerable<Row>? FindByIndex(string table, string column, object value)
        {
            var metadata = _catalog.GetTable(table);
            var indexed = column == metadata.PrimaryIdAttribute
                || metadata.Columns[column].Type == ColumnType.Lookup
                || metadata.Keys.Any(key => key.Columns.Contains(column));
            if (!indexed)
            {
                return null;
            }

            IndexHits++;
            var rows = _rows.TryGetValue(table, out var list) ? list : new List<Row>();
            return rows.Where(row => Matches(row[column], value)).ToList();
        }

        public Row? FindByKey(string table, AlternateKeyMetadata key, IReadOnlyList<object?> values)
        {
            var wanted = KeyTuple.FromOrdered(values, _catalog.Collation);
            return wanted == null ? null : Rows(table).FirstOrDefault(row => wanted.Equals(KeyTuple.From(key, row.Values, _catalog.Collation)));
        }

        private bool Matches(object? stored, object value) => stored switch
        {
            null => false,
            EntityReference reference => value is Guid id && reference.Id == id,
            string text => value is string other && _catalog.Collation.AreEqual(text, other),
            OptionSetValue option => value is int number && option.Value == number,
            _ => stored.Equals(value),
        };
    }
}
