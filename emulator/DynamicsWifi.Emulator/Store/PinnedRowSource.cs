using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.Metadata;

namespace DynamicsWifi.Emulator.Store
{
    /// <summary>A row source in which one row is the version already read: asked for it by id, it answers that version
    /// rather than reading again, so a request that found a row (by alternate key) and then projects it sees one
    /// consistent state, as the single SQL statement Dataverse runs does. Everything else is read from the source.</summary>
    internal sealed class PinnedRowSource : IRowSource
    {
        private readonly IRowSource _source;
        private readonly Row _pinned;

        public PinnedRowSource(IRowSource source, Row pinned)
        {
            _source = source;
            _pinned = pinned;
        }

        public IEnumerable<Row> Rows(string table) => _source.Rows(table);

        public Row? Find(string table, Guid id) =>
            id == _pinned.Id && string.Equals(table, _pinned.Table, StringComparison.Ordinal) ? _pinned : _source.Find(table, id);

        public IEnumerable<Row>? FindByIndex(string table, string column, object value) => _source.FindByIndex(table, column, value);

        public Row? FindByKey(string table, AlternateKeyMetadata key, IReadOnlyList<object?> values) => _source.FindByKey(table, key, values);
    }
}
