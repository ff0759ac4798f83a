using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;

namespace DynamicsWifi.Emulator.Security
{
    /// <summary>The rows one caller may read, as queries see them: rows their Read privilege does not reach are left
    /// out, and secured columns their field security profiles do not grant read on are removed, as if never set. A scan
    /// or an index lookup of a table the caller cannot read at all is refused with PrivilegeDenied, as Dataverse refuses
    /// such a query; a single row found by id is simply not there (the lookup names of a query read that way).</summary>
    internal sealed class ReadableRows : IRowSource
    {
        private readonly IRowSource _source;
        private readonly RoleBasedAccess _access;
        private readonly MetadataCatalog _catalog;

        public ReadableRows(IRowSource source, RoleBasedAccess access, MetadataCatalog catalog)
        {
            _source = source;
            _access = access;
            _catalog = catalog;
        }

        public IEnumerable<Row> Rows(string table)
        {
            var metadata = Readable(table);
            return Visible(metadata, _source.Rows(table));
        }

        public Row? Find(string table, Guid id)
        {
            var row = _source.Find(table, id);
            if (row == null || !_catalog.TryGetTable(table, out var metadata) || !_access.HoldsRead(metadata))
            {
                return null;
            }

            return _access.CanRead(metadata, row) ? Project(metadata, row) : null;
        }

        public IEnumerable<Row>? FindByIndex(string table, string column, object value)
        {
            var metadata = Readable(table);
            var rows = _source.FindByIndex(table, column, value);
            return rows == null ? null : Visible(metadata, rows);
        }

        public Row? FindByKey(string table, AlternateKeyMetadata key, IReadOnlyList<object?> values)
        {
            var metadata = Readable(table);
            var row = _source.FindByKey(table, key, values);
            return row != null && _access.CanRead(metadata, row) ? Project(metadata, row) : null;
        }

        private TableMetadata Readable(string table)
        {
            var metadata = _catalog.GetTableForQuery(table);
            _access.EnsureHoldsRead(metadata);
            return metadata;
        }

        private IEnumerable<Row> Visible(TableMetadata table, IEnumerable<Row> rows) =>
            rows.Where(row => _access.CanRead(table, row)).Select(row => Project(table, row));

        private Row Project(TableMetadata table, Row row)
        {
            var hidden = _access.HiddenColumns(table);
            if (hidden.Count == 0 || !hidden.Any(row.Values.ContainsKey))
            {
                return row;
            }

            var values = row.Values.Where(pair => !hidden.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
            return new Row(row.Table, row.Id, new ReadOnlyDictionary<string, object?>(values), row.Version);
        }
    }
}
