using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Query.Conditions;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>Reads the rows a query can match and joins its link-entities. An eq or in condition on an indexed
    /// column in the top-level AND of the criteria, and every join, go through the source's indexes; the table is
    /// scanned only when no index applies (DESIGN.md 6, the emulator's store contract).</summary>
    internal sealed class RowReader
    {
        private readonly IRowSource _source;
        private readonly QueryPlan _plan;
        private readonly QueryContext _context;
        private readonly bool _valuesAreText;
        private readonly FilterCompiler _filters;

        public RowReader(IRowSource source, QueryPlan plan, QueryContext context, bool valuesAreText)
        {
            _source = source;
            _plan = plan;
            _context = context;
            _valuesAreText = valuesAreText;
            _filters = new FilterCompiler(plan, context, valuesAreText);
        }

        /// <summary>Every joined row matching the criteria, unordered, produced as read so a caller keeping only a few
        /// never holds them all; the rows joined to one table row come one after another. Criteria and joins are
        /// compiled (and refused) on the call, before any row is read.</summary>
        public IEnumerable<JoinedRow> Read()
        {
            var criteria = _filters.Compile(_plan.Query.Criteria, null);
            var links = _plan.Links.Select(link => new LinkJoin(link, _source, _filters)).ToList();
            return Join(criteria, links);
        }

        private IEnumerable<JoinedRow> Join(Func<JoinedRow, bool> criteria, List<LinkJoin> links)
        {
            foreach (var row in Candidates())
            {
                IEnumerable<JoinedRow> joined = new[] { new JoinedRow(row) };
                foreach (var link in links)
                {
                    joined = link.Apply(joined);
                }

                foreach (var match in joined)
                {
                    if (criteria(match))
                    {
                        yield return match;
                    }
                }
            }
        }

        private IEnumerable<Row> Candidates()
        {
            var table = _plan.Table.LogicalName;
            foreach (var condition in Conjuncts(_plan.Query.Criteria))
            {
                var found = FromIndex(table, condition);
                if (found != null)
                {
                    return found;
                }
            }

            return _source.Rows(table);
        }

        // The conditions every result must meet: those of an AND filter and of the AND filters nested in it (fetch XML
        // puts its filter element one level down).
        private static IEnumerable<ConditionExpression> Conjuncts(FilterExpression? filter)
        {
            if (filter == null || filter.FilterOperator != LogicalOperator.And)
            {
                yield break;
            }

            foreach (var condition in filter.Conditions)
            {
                yield return condition;
            }

            foreach (var child in filter.Filters)
            {
                foreach (var condition in Conjuncts(child))
                {
                    yield return condition;
                }
            }
        }

        private IEnumerable<Row>? FromIndex(string table, ConditionExpression condition)
        {
            if (!string.IsNullOrEmpty(condition.EntityName) || condition.CompareColumns
                || condition.Operator is not (ConditionOperator.Equal or ConditionOperator.In))
            {
                return null;
            }

            var column = _plan.Column((string?)null, condition.AttributeName);
            if (!IndexKey.IsIndexable(column))
            {
                return null;
            }

            var spec = new ConditionSpec(condition.Operator, column, condition.Values.ToList(), _valuesAreText, _context, _plan.Collation);
            var values = condition.Operator == ConditionOperator.Equal ? new List<object> { spec.Single() } : spec.All();
            var rows = new Dictionary<Guid, Row>();
            foreach (var value in values)
            {
                IEnumerable<Row>? matches;
                if (IndexKey.IsPrimaryKey(column))
                {
                    var row = IndexKey.AsId(value) is Guid id ? _source.Find(table, id) : null;
                    matches = row == null ? Array.Empty<Row>() : new[] { row };
                }
                else
                {
                    matches = _source.FindByIndex(table, column.LogicalName, IndexKey.For(column, value)!);
                    if (matches == null)
                    {
                        return null;
                    }
                }

                foreach (var match in matches)
                {
                    rows[match.Id] = match;
                }
            }

            return rows.Values;
        }
    }
}
