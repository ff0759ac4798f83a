using System.Collections.Generic;
using DynamicsWifi.Emulator.Store;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>One result row before projection: the table's row and, by alias, the row each link-entity joined to it
    /// (null where an outer link found nothing).</summary>
    internal sealed class JoinedRow
    {
        private static readonly IReadOnlyDictionary<string, Row?> NoLinks = new Dictionary<string, Row?>();

        public JoinedRow(Row main)
            : this(main, NoLinks)
        {
        }

        private JoinedRow(Row main, IReadOnlyDictionary<string, Row?> links)
        {
            Main = main;
            Links = links;
        }

        public Row Main { get; }

        public IReadOnlyDictionary<string, Row?> Links { get; }

        /// <summary>The row under an alias; null alias means the query's own table.</summary>
        public Row? Get(string? alias) => alias == null ? Main : Links.TryGetValue(alias, out var row) ? row : null;

        public JoinedRow With(string alias, Row? row)
        {
            var links = new Dictionary<string, Row?>(Links) { [alias] = row };
            return new JoinedRow(Main, links);
        }
    }
}
