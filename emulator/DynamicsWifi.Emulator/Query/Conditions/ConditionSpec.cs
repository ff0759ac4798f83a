using System;
using System.Collections.Generic;
using System.Globalization;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>One condition, resolved against its column: the operator, the column's metadata, and its values
    /// converted to what SQL would compare them with.</summary>
    internal sealed class ConditionSpec
    {
        private readonly IReadOnlyList<object?> _rawValues;

        public ConditionSpec(ConditionOperator op, ColumnMetadata column, IReadOnlyList<object?> rawValues, bool valuesAreText, QueryContext context, TextCollation collation)
        {
            Operator = op;
            Column = column;
            _rawValues = rawValues;
            ValuesAreText = valuesAreText;
            Context = context;
            Collation = collation;
        }

        public ConditionOperator Operator { get; }

        public ColumnMetadata Column { get; }

        /// <summary>FetchXML gives every value as text; QueryExpression values must already have the column's type.</summary>
        public bool ValuesAreText { get; }

        public QueryContext Context { get; }

        /// <summary>How the organization compares text.</summary>
        public TextCollation Collation { get; }

        public int Count => _rawValues.Count;

        public void RequireCount(int count)
        {
            if (_rawValues.Count != count)
            {
                throw DataverseFaults.ConditionValueCount(Operator.ToString(), Column.LogicalName, count.ToString(CultureInfo.InvariantCulture), _rawValues.Count);
            }
        }

        public void RequireAtLeastOne()
        {
            if (_rawValues.Count == 0)
            {
                throw DataverseFaults.ConditionValueCount(Operator.ToString(), Column.LogicalName, "one or more", 0);
            }
        }

        /// <summary>The values as given, for a fault that names them.</summary>
        public string RawText() => string.Join(", ", System.Linq.Enumerable.Select(_rawValues, value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null"));

        /// <summary>The single value, normalized for the column.</summary>
        public object Single()
        {
            RequireCount(1);
            return Value(0);
        }

        public List<object> All()
        {
            RequireAtLeastOne();
            var values = new List<object>(_rawValues.Count);
            for (var index = 0; index < _rawValues.Count; index++)
            {
                values.Add(Value(index));
            }

            return values;
        }

        /// <summary>The X of last-x-days and its kin: a whole number.</summary>
        public int Number()
        {
            RequireCount(1);
            var whole = _rawValues[0] switch
            {
                int number => number,
                long number => number,
                decimal number when number == Math.Floor(number) => number,
                string text when decimal.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
                var other => throw WrongType("System.Int32", other),
            };
            return (int)Within(whole, int.MinValue, int.MaxValue, _rawValues[0]);
        }

        /// <summary>The single value as a moment (UTC), for date operators whatever the column's own type.</summary>
        public DateTime Moment()
        {
            RequireCount(1);
            return _rawValues[0] switch
            {
                DateTime moment => SqlValues.ToUtc(moment),
                DateTimeOffset moment => moment.UtcDateTime,
                string text when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var moment) =>
                    DateTime.SpecifyKind(moment, DateTimeKind.Utc),
                var other => throw WrongType("System.DateTime", other),
            };
        }

        public object Value(int index)
        {
            var raw = _rawValues[index];
            if (raw == null)
            {
                throw WrongType(ExpectedType(), null);
            }

            return Coerce(raw) ?? throw WrongType(ExpectedType(), raw);
        }

        private object? Coerce(object raw)
        {
            switch (Column.Type)
            {
                case ColumnType.String:
                case ColumnType.Memo:
                case ColumnType.EntityName:
                    return raw as string;
                case ColumnType.Double:
                    return raw is double exact ? exact : Number(raw) is { } converted ? (object)(double)converted : null;
                case ColumnType.Integer:
                case ColumnType.Picklist:
                case ColumnType.State:
                case ColumnType.Status:
                case ColumnType.MultiSelectPicklist:
                    return Number(raw) is { } whole ? Within(whole, int.MinValue, int.MaxValue, raw) : null;
                case ColumnType.BigInt:
                    return Number(raw) is { } big ? Within(big, long.MinValue, long.MaxValue, raw) : null;
                case ColumnType.Decimal:
                case ColumnType.Money:
                    return Number(raw);
                case ColumnType.Boolean:
                    return raw switch
                    {
                        bool flag => flag,
                        int number when number is 0 or 1 => number == 1,
                        string text when text.Trim() is "1" or "0" => text.Trim() == "1",
                        string text when bool.TryParse(text.Trim(), out var flag) => flag,
                        _ => null,
                    };
                case ColumnType.DateTime:
                    return raw switch
                    {
                        DateTime moment => SqlValues.ToUtc(moment),
                        DateTimeOffset moment => moment.UtcDateTime,
                        string text when ValuesAreText && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var moment) =>
                            DateTime.SpecifyKind(moment, DateTimeKind.Utc),
                        _ => null,
                    };
                case ColumnType.PrimaryKey:
                case ColumnType.Lookup:
                case ColumnType.UniqueIdentifier:
                case ColumnType.File:
                    return raw switch
                    {
                        Guid id => id,
                        EntityReference reference => reference.Id,
                        string text when Guid.TryParse(text.Trim(), out var id) => id,
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        // A value the column's SQL type cannot hold is refused naming it, as SQL Server refuses to convert it.
        private decimal Within(decimal number, decimal min, decimal max, object? raw) =>
            number >= min && number <= max ? number : throw DataverseFaults.ConditionValueOutOfRange(Operator.ToString(), Column.LogicalName, raw);

        private decimal? Number(object raw) => raw switch
        {
            int number => number,
            long number => number,
            decimal number => number,
            double number when Math.Abs(number) < (double)decimal.MaxValue => (decimal)number,
            float number when Math.Abs(number) < (double)decimal.MaxValue => (decimal)number,
            OptionSetValue option => option.Value,
            Money money => money.Value,
            string text when ValuesAreText && decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };

        private string ExpectedType() => Column.Type switch
        {
            ColumnType.String or ColumnType.Memo or ColumnType.EntityName => "System.String",
            ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist => "System.Int32",
            ColumnType.BigInt => "System.Int64",
            ColumnType.Decimal or ColumnType.Money => "System.Decimal",
            ColumnType.Double => "System.Double",
            ColumnType.Boolean => "System.Boolean",
            ColumnType.DateTime => "System.DateTime",
            ColumnType.Image => "System.Byte[]",
            ColumnType.PartyList => "Microsoft.Xrm.Sdk.EntityCollection",
            _ => "System.Guid",
        };

        private Exception WrongType(string expected, object? found) =>
            DataverseFaults.ConditionValueType(Column.TableLogicalName, Column.LogicalName, expected, found?.GetType().FullName ?? "null");
    }
}
