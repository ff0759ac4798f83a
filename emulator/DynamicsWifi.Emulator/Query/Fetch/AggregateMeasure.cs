using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Query.Fetch
{
    /// <summary>One aggregate column resolved against metadata, and its value over a group of rows. Nulls are left out
    /// of every function but count. Results keep the column's type, as SQL's aggregates do: avg of whole numbers is a
    /// whole number (3,911 in Learn's example), sum of money is Money; sum of a group with no values is 0, as Learn's
    /// grouping example shows; avg, min and max of no values are left out.</summary>
    internal sealed class AggregateMeasure
    {
        private readonly TextCollation _collation;

        public AggregateMeasure(AggregateColumn definition, ColumnMetadata metadata, TableMetadata table, TextCollation collation)
        {
            _collation = collation;
            Definition = definition;
            Metadata = metadata;
            Table = table;
            var numeric = metadata.Type is ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double or ColumnType.Money;
            var supported = definition.Function switch
            {
                AggregateFunction.Sum or AggregateFunction.Avg => numeric,
                AggregateFunction.Min or AggregateFunction.Max => numeric || metadata.Type == ColumnType.DateTime,
                AggregateFunction.GroupBy when definition.DateGrouping != null => metadata.Type == ColumnType.DateTime,
                AggregateFunction.GroupBy => metadata.Type is not (ColumnType.MultiSelectPicklist or ColumnType.Memo or ColumnType.Image or ColumnType.PartyList),
                _ => true,
            };
            if (!supported)
            {
                throw DataverseFaults.AggregateNotSupportedForType(definition.Function.ToString().ToLowerInvariant(), metadata.Type.ToString());
            }
        }

        public AggregateColumn Definition { get; }

        public ColumnMetadata Metadata { get; }

        public TableMetadata Table { get; }

        /// <summary>The value a row is grouped by: the normalized column value or the date part.</summary>
        public object? GroupValue(JoinedRow row)
        {
            var value = SqlValues.Normalize(Raw(row));
            if (value is DateTime moment && Definition.DateGrouping is { } grouping)
            {
                return (decimal)DatePart(moment, grouping);
            }

            return value;
        }

        public object? Evaluate(List<JoinedRow> rows)
        {
            switch (Definition.Function)
            {
                case AggregateFunction.GroupBy:
                    if (rows.Count == 0)
                    {
                        return null;
                    }

                    var raw = Raw(rows[0]);
                    return raw is DateTime moment && Definition.DateGrouping is { } grouping ? DatePart(SqlValues.ToUtc(moment), grouping) : ValueCopy.Of(raw);
                case AggregateFunction.Count:
                    return rows.Count;
                case AggregateFunction.CountColumn:
                    var present = rows.Select(row => SqlValues.Normalize(Raw(row))).Where(value => value != null).Select(value => value!);
                    return Definition.Distinct ? present.Distinct(SqlValues.Equality(_collation)).Count() : present.Count();
                default:
                    return Compute(rows.Select(Raw).Where(value => value != null).Select(value => value!).ToList());
            }
        }

        private object? Raw(JoinedRow row) => row.Get(Definition.EntityAlias)?[Metadata.LogicalName];

        private object? Compute(List<object> values)
        {
            if (Metadata.Type == ColumnType.DateTime)
            {
                var moments = values.Select(value => SqlValues.ToUtc((DateTime)value)).ToList();
                return moments.Count == 0 ? null : Definition.Function == AggregateFunction.Min ? moments.Min() : moments.Max();
            }

            if (Metadata.Type == ColumnType.Double)
            {
                var doubles = values.Select(value => Convert.ToDouble(value, CultureInfo.InvariantCulture)).ToList();
                return Definition.Function switch
                {
                    AggregateFunction.Sum => doubles.Sum(),
                    AggregateFunction.Avg => doubles.Count == 0 ? null : doubles.Average(),
                    AggregateFunction.Min => doubles.Count == 0 ? null : doubles.Min(),
                    _ => doubles.Count == 0 ? null : (object)doubles.Max(),
                };
            }

            try
            {
                return Whole(values.Select(value => (decimal)SqlValues.Normalize(value)!).ToList());
            }
            catch (OverflowException)
            {
                // SQL's SUM and AVG keep the column's type, and fail when the result does not fit it.
                throw DataverseFaults.ArithmeticOverflow(Metadata.Type switch
                {
                    ColumnType.Integer => "int",
                    ColumnType.BigInt => "bigint",
                    ColumnType.Money => "money",
                    _ => "decimal",
                });
            }
        }

        private object? Whole(List<decimal> numbers)
        {
            decimal? result = Definition.Function switch
            {
                AggregateFunction.Sum => numbers.Sum(),
                AggregateFunction.Avg when numbers.Count == 0 => null,
                AggregateFunction.Avg when Metadata.Type is ColumnType.Integer or ColumnType.BigInt => decimal.Truncate(numbers.Sum() / numbers.Count),
                AggregateFunction.Avg => numbers.Sum() / numbers.Count,
                AggregateFunction.Min => numbers.Count == 0 ? null : numbers.Min(),
                _ => numbers.Count == 0 ? null : numbers.Max(),
            };
            if (result == null)
            {
                return null;
            }

            return Metadata.Type switch
            {
                ColumnType.Integer => checked((int)result.Value),
                ColumnType.BigInt => checked((long)result.Value),
                ColumnType.Money => new Money(result.Value),
                _ => (object)result.Value,
            };
        }

        /// <summary>The date part SQL's DATEPART returns; weeks are numbered from 1 January, starting on Sunday.</summary>
        public static int DatePart(DateTime moment, DateGrouping grouping) => grouping switch
        {
            DateGrouping.Day => moment.Day,
            DateGrouping.Week => ((moment.DayOfYear - 1 + (int)new DateTime(moment.Year, 1, 1).DayOfWeek) / 7) + 1,
            DateGrouping.Month => moment.Month,
            DateGrouping.Quarter => ((moment.Month - 1) / 3) + 1,
            _ => moment.Year,
        };
    }
}
