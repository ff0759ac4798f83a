using System;
using DynamicsWifi.Emulator.Store;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>One result row before projection: the table's row and, by alias, the row each link-entity joined to it
    /// (null where an outer link found nothing). A query has at most 15 links, so they are kept as a short array:
    /// joining a million rows makes a million small arrays, not a million dictionaries.</summary>
    internal sealed class JoinedRow
    {
        private readonly (string Alias, Row? Row)[] _links;

        public JoinedRow(Row main)
            : this(main, Array.Empty<(string, Row?)>())
        {
        }

        private JoinedRow(Row main, (string Alias, Row? Row)[] links)
        {
            Main = main;
            _links = links;
        }

        public Row Main { get; }

        /// <summary>The row under an alias; null alias means the query's own table.</summary>
        public Row? Get(string? alias)
        {
            if (alias == null)
            {
                return Main;
            }

            foreach (var link in _links)
            {
                if (string.Equals(link.Alias, alias, StringComparison.Ordinal))
                {
                    return link.Row;
                }
            }

            return null;
        }

        public JoinedRow With(string alias, Row? row)
        {
            var links = new (string Alias, Row? Row)[_links.Length + 1];
            var count = 0;
            foreach (var link in _links)
            {
                if (!string.Equals(link.Alias, alias, StringComparison.Ordinal))
                {
                    links[count++] = link;
                }
            }

            links[count++] = (alias, row);
            return new JoinedRow(Main, count == links.Length ? links : links[..count]);
        }
    }
}
