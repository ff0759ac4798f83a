using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Query.Fetch
{
    /// <summary>Runs an aggregate fetch: filters and joins as any query, refuses more than 50,000 rows (or the fetch's
    /// aggregatelimit) with AggregateQueryRecordLimitExceeded, groups by the group-by columns, and returns one entity
    /// per group whose attributes are AliasedValue under each alias
    /// (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data).</summary>
    internal static class AggregateEvaluator
    {
        public const int RecordLimit = 50000;

        public static EntityCollection Run(FetchQuery fetch, IRowSource source, MetadataCatalog catalog, QueryContext context)
        {
            if (!fetch.IsAggregate || fetch.Aggregates.Count == 0)
            {
                throw DataverseFaults.InvalidAggregate("An aggregate fetch needs aggregate='true' and at least one aggregate or groupby attribute.");
            }

            var plan = new QueryPlan(fetch.Query, catalog);
            var names = new LookupNames(source, catalog);
            var columns = fetch.Aggregates.Select(aggregate => new AggregateMeasure(aggregate, plan.Column(aggregate.EntityAlias, aggregate.Column), plan.TableOf(aggregate.EntityAlias), plan.Collation)).ToList();
            if (columns.Select(column => column.Definition.Alias).Distinct(StringComparer.OrdinalIgnoreCase).Count() != columns.Count)
            {
                throw DataverseFaults.InvalidAggregateAlias();
            }

            var rows = new RowReader(source, plan, context, true).Read().ToList();
            var limit = Math.Min(fetch.AggregateLimit ?? RecordLimit, RecordLimit);
            if (rows.Count > limit)
            {
                throw DataverseFaults.AggregateRecordLimitExceeded();
            }

            var groupColumns = columns.Where(column => column.Definition.Function == AggregateFunction.GroupBy).ToList();
            var equality = SqlValues.Equality(plan.Collation);
            var groups = new Dictionary<GroupKey, List<JoinedRow>>();
            var order = new List<GroupKey>();
            foreach (var row in rows)
            {
                var key = new GroupKey(groupColumns.Select(column => column.GroupValue(row)).ToArray(), equality);
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = new List<JoinedRow>();
                    order.Add(key);
                }

                members.Add(row);
            }

            if (groupColumns.Count == 0 && groups.Count == 0)
            {
                var empty = new GroupKey(Array.Empty<object?>(), equality);
                groups[empty] = new List<JoinedRow>();
                order.Add(empty);
            }

            var entities = order.Select(key => Project(plan.Table.LogicalName, columns, groups[key], names)).ToList();
            Sorting.Sort(entities, new AggregateOrder(fetch.AggregateOrders, columns.Where(column => column.Definition.Function == AggregateFunction.GroupBy).Select(column => column.Definition.Alias).ToList(), columns, names, plan.Collation));
            return new EntityCollection(entities) { EntityName = plan.Table.LogicalName, MoreRecords = false, TotalRecordCount = -1 };
        }

        private static Entity Project(string table, List<AggregateMeasure> columns, List<JoinedRow> rows, LookupNames names)
        {
            var entity = new Entity(table);
            foreach (var column in columns)
            {
                var value = column.Evaluate(rows);
                if (value == null)
                {
                    continue;
                }

                if (value is EntityReference reference)
                {
                    reference.Name = names.NameOf(reference);
                }

                entity[column.Definition.Alias] = new AliasedValue(column.Table.LogicalName, column.Metadata.LogicalName, value);
                if (column.Definition.Function == AggregateFunction.GroupBy && column.Definition.DateGrouping == null)
                {
                    var formatted = FormattedValues.For(column.Metadata, value, names);
                    if (formatted != null)
                    {
                        entity.FormattedValues[column.Definition.Alias] = formatted;
                    }
                }
            }

            return entity;
        }

        private sealed class GroupKey : IEquatable<GroupKey>
        {
            private readonly object?[] _values;
            private readonly IEqualityComparer<object> _equality;

            public GroupKey(object?[] values, IEqualityComparer<object> equality)
            {
                _values = values;
                _equality = equality;
            }

            public bool Equals(GroupKey? other) =>
                other != null && _values.Length == other._values.Length
                && _values.Zip(other._values).All(pair => _equality.Equals(pair.First, pair.Second));

            public override bool Equals(object? obj) => Equals(obj as GroupKey);

            public override int GetHashCode() =>
                _values.Aggregate(17, (hash, value) => unchecked((hash * 31) + (value == null ? 0 : _equality.GetHashCode(value))));
        }
    }
}
