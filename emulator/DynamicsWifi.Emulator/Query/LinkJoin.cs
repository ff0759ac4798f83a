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

        public IEnumerable<JoinedRow> Apply(IEnumerable<JoinedRow> rows)
        {
            foreach (var row in rows)
            {
                var parent = row.Get(_link.ParentAlias);
                var key = SqlValues.Normalize(parent?[_link.FromColumn.LogicalName]);
                var matches = new List<JoinedRow>();
                if (key != null)
                {
                    foreach (var candidate in Matching(key))
                    {
                        IEnumerable<JoinedRow> joined = new[] { row.With(_link.Alias, candidate) };
                        if (!_criteria(joined.First()))
                        {
                            continue;
                        }

                        foreach (var child in _children)
                        {
                            joined = child.Apply(joined);
                        }

                        matches.AddRange(joined);
                    }
                }

                switch (_link.Join)
                {
                    case JoinOperator.LeftOuter:
                        if (matches.Count == 0)
                        {
                            yield return WithoutMatch(row);
                        }

                        foreach (var match in matches)
                        {
                            yield return match;
                        }

                        break;
                    case JoinOperator.Exists:
                    case JoinOperator.In:
                    case JoinOperator.Any:
                        if (matches.Count > 0)
                        {
                            yield return row;
                        }

                        break;
                    case JoinOperator.NotAny:
                        if (matches.Count == 0)
                        {
                            yield return row;
                        }

                        break;
                    case JoinOperator.MatchFirstRowUsingCrossApply:
                        if (matches.Count > 0)
                        {
                            yield return matches[0];
                        }

                        break;
                    default:
                        foreach (var match in matches)
                        {
                            yield return match;
                        }

                        break;
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
