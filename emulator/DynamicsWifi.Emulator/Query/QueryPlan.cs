using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>A QueryExpression checked against metadata: its table, its link-entities with their aliases, and every
    /// column it names resolved, so unknown tables and columns fail before any row is read, with Dataverse's faults.</summary>
    internal sealed class QueryPlan
    {
        /// <summary>At most 15 link-entities in a query, nested ones included
        /// (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables#limitations).</summary>
        public const int MaxLinkEntities = 15;

        private readonly MetadataCatalog _catalog;
        private readonly Dictionary<string, TableMetadata> _tablesByAlias = new Dictionary<string, TableMetadata>(StringComparer.Ordinal);
        private int _linkCount;

        public QueryPlan(QueryExpression query, MetadataCatalog catalog)
        {
            _catalog = catalog;
            Query = query;
            var table = catalog.GetTableForQuery(query.EntityName ?? string.Empty);
            Table = table;
            FilterDepth.Check(query.Criteria);
            foreach (var link in query.LinkEntities)
            {
                Links.Add(Resolve(link, null, table));
            }
        }

        public QueryExpression Query { get; }

        /// <summary>How the organization compares text: every comparison of this query uses it.</summary>
        public TextCollation Collation => _catalog.Collation;

        public TableMetadata Table { get; }

        public List<LinkPlan> Links { get; } = new List<LinkPlan>();

        /// <summary>Every link, parents before children, in the order the query declares them.</summary>
        public IEnumerable<LinkPlan> AllLinks()
        {
            var pending = new Stack<LinkPlan>();
            for (var index = Links.Count - 1; index >= 0; index--)
            {
                pending.Push(Links[index]);
            }

            while (pending.Count > 0)
            {
                var link = pending.Pop();
                yield return link;
                for (var index = link.Children.Count - 1; index >= 0; index--)
                {
                    pending.Push(link.Children[index]);
                }
            }
        }

        /// <summary>The alias a condition's or order's entity name means: a link's alias; else the query's own table
        /// (null) when it names that table; else the one link to a table of that name. Anything else is refused with
        /// QueryBuilderNoAlias.</summary>
        public string? ResolveAlias(string? entityName)
        {
            if (string.IsNullOrEmpty(entityName) || _tablesByAlias.ContainsKey(entityName))
            {
                return string.IsNullOrEmpty(entityName) ? null : entityName;
            }

            if (entityName == Table.LogicalName)
            {
                return null;
            }

            var links = AllLinks().Where(link => link.Table.LogicalName == entityName).ToList();
            return links.Count == 1 ? links[0].Alias : throw DataverseFaults.QueryAliasNotFound(entityName);
        }

        /// <summary>The table behind an alias (null: the query's own table).</summary>
        public TableMetadata TableOf(string? alias)
        {
            if (alias == null)
            {
                return Table;
            }

            return _tablesByAlias.TryGetValue(alias, out var table) ? table : throw DataverseFaults.QueryAliasNotFound(alias);
        }

        public ColumnMetadata Column(string? alias, string column) => Column(TableOf(alias), column);

        public ColumnMetadata Column(TableMetadata table, string column)
        {
            if (string.IsNullOrEmpty(column) || !table.Columns.TryGetValue(column, out var metadata))
            {
                throw DataverseFaults.AttributeDoesNotExist(table.LogicalName, column ?? string.Empty);
            }

            return metadata;
        }

        private LinkPlan Resolve(LinkEntity link, string? parentAlias, TableMetadata parent)
        {
            if (++_linkCount > MaxLinkEntities)
            {
                throw DataverseFaults.TooManyLinkEntities();
            }

            var table = _catalog.GetTableForQuery(link.LinkToEntityName ?? string.Empty);

            // Without an alias Dataverse names a link after its table and its place in the query ("contact1").
            var alias = string.IsNullOrEmpty(link.EntityAlias)
                ? link.LinkToEntityName + _linkCount.ToString(CultureInfo.InvariantCulture)
                : link.EntityAlias;
            if (_tablesByAlias.ContainsKey(alias))
            {
                throw DataverseFaults.QueryDuplicateAlias(alias);
            }

            if (link.JoinOperator is not (JoinOperator.Inner or JoinOperator.LeftOuter or JoinOperator.Natural or JoinOperator.Exists
                or JoinOperator.In or JoinOperator.Any or JoinOperator.NotAny or JoinOperator.MatchFirstRowUsingCrossApply))
            {
                throw DataverseFaults.UnsupportedJoinOperator(link.JoinOperator.ToString());
            }

            FilterDepth.Check(link.LinkCriteria);
            var plan = new LinkPlan(link, alias, parentAlias, table, Column(parent, link.LinkFromAttributeName), Column(table, link.LinkToAttributeName));
            _tablesByAlias.Add(alias, table);
            foreach (var column in link.Columns?.Columns ?? (IEnumerable<string>)Array.Empty<string>())
            {
                Column(table, column);
            }

            foreach (var child in link.LinkEntities)
            {
                plan.Children.Add(Resolve(child, alias, table));
            }

            return plan;
        }
    }
}
