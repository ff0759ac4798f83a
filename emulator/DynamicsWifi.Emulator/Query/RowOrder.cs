using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>The order of results: the query's orders (link-entity orders after the table's, as Dataverse applies
    /// them), then the primary key, then the joined rows' keys, so the order is total and paging is stable.
    /// Nulls sort first ascending and last descending, as in SQL; lookups sort by the related row's primary name and
    /// choices by their label (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows).</summary>
    internal sealed class RowOrder : IComparer<JoinedRow>
    {
        private readonly List<SortColumn> _columns;
        private readonly List<string> _linkAliases;
        private readonly LookupNames _names;

        public RowOrder(QueryPlan plan, LookupNames names)
        {
            _names = names;
            Collation = plan.Collation;
            _columns = plan.Query.Orders.Select(order => Resolve(plan, order, null)).ToList();
            foreach (var link in plan.AllLinks())
            {
                _columns.AddRange(link.Source.Orders.Select(order => Resolve(plan, order, link.Alias)));
            }

            _linkAliases = plan.AllLinks().Select(link => link.Alias).ToList();
            PrimaryKey = plan.Table.PrimaryIdAttribute;
        }

        /// <summary>How the organization compares text.</summary>
        public TextCollation Collation { get; }

        /// <summary>The orders on the query's own table, in sequence: what a paging cookie records.</summary>
        public IEnumerable<SortColumn> MainColumns => _columns.TakeWhile(column => column.Alias == null);

        /// <summary>True when every order is on the query's own table, so a paging cookie can say where a page ended.</summary>
        public bool OnlyMainColumns => _columns.All(column => column.Alias == null);

        public string PrimaryKey { get; }

        public int Compare(JoinedRow? x, JoinedRow? y)
        {
            if (x == null || y == null)
            {
                return x == null ? (y == null ? 0 : -1) : 1;
            }

            foreach (var column in _columns)
            {
                var order = SqlValues.CompareNullable(Key(column, x), Key(column, y), Collation);
                if (order != 0)
                {
                    return column.Descending ? -order : order;
                }
            }

            var byId = SqlValues.CompareGuid(x.Main.Id, y.Main.Id);
            if (byId != 0)
            {
                return byId;
            }

            foreach (var alias in _linkAliases)
            {
                var byLink = SqlValues.CompareNullable(x.Get(alias)?.Id, y.Get(alias)?.Id, Collation);
                if (byLink != 0)
                {
                    return byLink;
                }
            }

            return 0;
        }

        /// <summary>The value a row sorts by in one column: names for lookups, labels for choices.</summary>
        public object? Key(SortColumn column, JoinedRow row)
        {
            var value = row.Get(column.Alias)?[column.Column.LogicalName];
            return value switch
            {
                null => null,
                EntityReference reference => _names.NameOf(reference) ?? string.Empty,
                OptionSetValue option => column.Column.Options.TryGetValue(option.Value, out var label) ? label : option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                OptionSetValueCollection options => string.Join(";", options.Select(option => option.Value)),
                _ => SqlValues.Normalize(value),
            };
        }

        private static SortColumn Resolve(QueryPlan plan, OrderExpression order, string? linkAlias)
        {
            if (string.IsNullOrEmpty(order.AttributeName))
            {
                throw DataverseFaults.OrderAliasInNonAggregateQuery();
            }

            var alias = string.IsNullOrEmpty(order.EntityName) ? linkAlias : plan.ResolveAlias(order.EntityName);
            return new SortColumn(alias, plan.Column(alias, order.AttributeName), order.OrderType == OrderType.Descending);
        }

        /// <summary>One order: the alias it reads (null for the query's table), its column and direction.</summary>
        internal sealed class SortColumn
        {
            public SortColumn(string? alias, ColumnMetadata column, bool descending)
            {
                Alias = alias;
                Column = column;
                Descending = descending;
            }

            public string? Alias { get; }

            public ColumnMetadata Column { get; }

            public bool Descending { get; }
        }
    }
}
