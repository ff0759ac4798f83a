using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>Joins one link-entity (and the links nested in it) onto joined rows, as SQL joins: inner keeps a row once
    /// per match, outer keeps unmatched rows with nothing under the alias, exists/in/any keep a row once if anything
    /// matches, not-any only if nothing does, match-first-row keeps only the first match
    /// (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/link-entity).</summary>
    internal sealed class LinkJoin
    {
        private readonly LinkPlan _link;
        private readonly IRowSource _source;
        private readonly Func<JoinedRow, bool> _criteria;
        private readonly List<LinkJoin> _children;
        private readonly TextCollation _collation;
        private Dictionary<object, List<Row>>? _scanned;

        public LinkJoin(LinkPlan link, IRowSource source, FilterCompiler filters)
        {
            _link = link;
            _source = source;
            _criteria = filters.Compile(link.Source.LinkCriteria, link.Alias);
            _collation = filters.Collation;
            _children = link.Children.Select(child => new LinkJoin(child, source, filters)).ToList();
        }

        /// <summary>The rows joined, each parent's matches produced as found: a parent with a million children is
        /// never held as a list of a million joined rows, and a semi-join stops at the first match.</summary>
        public IEnumerable<JoinedRow> Apply(IEnumerable<JoinedRow> rows)
        {
            foreach (var row in rows)
            {
                var matched = false;
                foreach (var match in Matches(row))
                {
                    matched = true;
                    if (_link.Join is JoinOperator.Exists or JoinOperator.In or JoinOperator.Any or JoinOperator.NotAny)
                    {
                        break;
                    }

                    yield return match;
                    if (_link.Join == JoinOperator.MatchFirstRowUsingCrossApply)
                    {
                        break;
                    }
                }

                switch (_link.Join)
                {
                    case JoinOperator.LeftOuter when !matched:
                        yield return WithoutMatch(row);
                        break;
                    case JoinOperator.Exists or JoinOperator.In or JoinOperator.Any when matched:
                    case JoinOperator.NotAny when !matched:
                        yield return row;
                        break;
                }
            }
        }

        // The parent joined with each linked row that meets the link's criteria, and then with the nested links.
        private IEnumerable<JoinedRow> Matches(JoinedRow row)
        {
            var parent = row.Get(_link.ParentAlias);
            var key = SqlValues.Normalize(parent?[_link.FromColumn.LogicalName]);
            if (key == null)
            {
                yield break;
            }

            foreach (var candidate in Matching(key))
            {
                var joinedRow = row.With(_link.Alias, candidate);
                if (!_criteria(joinedRow))
                {
                    continue;
                }

                IEnumerable<JoinedRow> joined = new[] { joinedRow };
                foreach (var child in _children)
                {
                    joined = child.Apply(joined);
                }

                foreach (var match in joined)
                {
                    yield return match;
                }
            }
        }

        private JoinedRow WithoutMatch(JoinedRow row)
        {
            var result = row.With(_link.Alias, null);
            foreach (var child in _children)
            {
                result = child.WithoutMatch(result);
            }

            return result;
        }

        private IEnumerable<Row> Matching(object key)
        {
            var table = _link.Table.LogicalName;
            var column = _link.ToColumn;
            if (_scanned == null)
            {
                IEnumerable<Row>? indexed;
                if (IndexKey.IsPrimaryKey(column))
                {
                    var row = IndexKey.AsId(key) is Guid id ? _source.Find(table, id) : null;
                    indexed = row == null ? Array.Empty<Row>() : new[] { row };
                }
                else
                {
                    var indexKey = IndexKey.For(column, key);
                    indexed = indexKey == null ? null : _source.FindByIndex(table, column.LogicalName, indexKey);
                }

                if (indexed != null)
                {
                    return indexed;
                }

                // No index on the joined column: read the table once for this query and join by hash.
                _scanned = new Dictionary<object, List<Row>>(SqlValues.Equality(_collation));
                foreach (var row in _source.Rows(table))
                {
                    var value = SqlValues.Normalize(row[column.LogicalName]);
                    if (value == null)
                    {
                        continue;
                    }

                    if (!_scanned.TryGetValue(value, out var list))
                    {
                        _scanned[value] = list = new List<Row>();
                    }

                    list.Add(row);
                }
            }

            return _scanned.TryGetValue(key, out var found) ? found : Enumerable.Empty<Row>();
        }
    }
}
