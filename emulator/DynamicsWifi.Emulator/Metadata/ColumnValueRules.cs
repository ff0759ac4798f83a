using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>What Dataverse accepts in a column on Create and Update: the value to store, normalised as the platform
    /// stores it, or the fault it raises. Codes and texts from DATAVERSE-FACTS.md 1.2; where section 8.3 leaves the code
    /// open, the choice is written on the rule.</summary>
    internal static class ColumnValueRules
    {
        /// <summary>Dataverse's date range: https://learn.microsoft.com/power-apps/developer/data-platform/behavior-format-date-time-attribute
        /// ("values as early as 1/1/1753 12:00 AM"); the end is SQL datetime's.</summary>
        public static readonly DateTime MinDate = new DateTime(1753, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        public static readonly DateTime MaxDate = new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc);

        // Limits Dataverse applies when a column declares none (the widest its maker allows).
        private const decimal DecimalLimit = 100_000_000_000m;
        private const decimal MoneyLimit = 922_337_203_685_477m;

        /// <summary>Every value of an Entity's attributes, normalised; an unknown table or column fails with the
        /// catalog's fault (EntityNotExist, QueryBuilderNoAttribute).</summary>
        public static IReadOnlyDictionary<string, object?> NormalizeAll(MetadataCatalog catalog, string table, IEnumerable<KeyValuePair<string, object?>> values)
        {
            var normalized = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var value in values)
            {
                normalized[value.Key] = Normalize(catalog.GetColumn(table, value.Key), value.Value);
            }

            return normalized;
        }

        /// <summary>The value to store in the column, or the fault Dataverse raises for it.</summary>
        public static object? Normalize(ColumnMetadata column, object? value)
        {
            if (value == null)
            {
                // Only SystemRequired is enforced by the platform; ApplicationRequired ("required") is a form rule.
                if (column.RequiredLevel == RequiredLevel.SystemRequired)
                {
                    throw DataverseFaults.CannotBeNull(column.TableLogicalName, column.LogicalName);
                }

                return null;
            }

            return column.Type switch
            {
                ColumnType.PrimaryKey or ColumnType.UniqueIdentifier or ColumnType.File => Expect<Guid>(column, value),
                ColumnType.String or ColumnType.Memo or ColumnType.EntityName => Text(column, Expect<string>(column, value)),
                ColumnType.Integer => InRange(column, Expect<int>(column, value), int.MinValue, int.MaxValue),
                ColumnType.BigInt => Expect<long>(column, value),
                ColumnType.Decimal => Round(column, InRange(column, Expect<decimal>(column, value), -DecimalLimit, DecimalLimit)),
                ColumnType.Double => Real(column, Expect<double>(column, value)),
                ColumnType.Money => new Money(Round(column, InRange(column, Expect<Money>(column, value).Value, -MoneyLimit, MoneyLimit))),
                ColumnType.Boolean => Expect<bool>(column, value),
                ColumnType.DateTime => Date(column, Expect<DateTime>(column, value)),
                ColumnType.Lookup => Reference(column, Expect<EntityReference>(column, value)),
                ColumnType.Picklist or ColumnType.State or ColumnType.Status => new OptionSetValue(Option(column, Expect<OptionSetValue>(column, value).Value)),
                ColumnType.MultiSelectPicklist => new OptionSetValueCollection(
                    Expect<OptionSetValueCollection>(column, value).Select(option => new OptionSetValue(Option(column, option.Value))).ToList()),
                ColumnType.Image => Expect<byte[]>(column, value).ToArray(),
                ColumnType.PartyList => Expect<EntityCollection>(column, value),
                _ => throw new NotSupportedException($"Column type {column.Type} has no rule."),
            };
        }

        // Code choice (DATAVERSE-FACTS.md 8.3): IncorrectAttributeValueType with its own message template; .NET type names.
        private static T Expect<T>(ColumnMetadata column, object value)
        {
            if (value is T typed)
            {
                return typed;
            }

            throw DataverseFaults.IncorrectType(column.LogicalName, typeof(T).FullName ?? typeof(T).Name, value.GetType().FullName ?? value.GetType().Name);
        }

        // Dataverse stores an empty string as null (a cleared text column reads back absent). Length counts UTF-16 chars.
        private static string? Text(ColumnMetadata column, string text)
        {
            if (text.Length == 0)
            {
                return Normalize(column, null) as string;
            }

            if (column.MaxLength.HasValue && text.Length > column.MaxLength.Value)
            {
                throw DataverseFaults.StringTooLong(column.TableLogicalName, column.LogicalName, column.MaxLength.Value);
            }

            var invalid = StorableText.FirstInvalid(text);
            if (invalid >= 0)
            {
                throw DataverseFaults.InvalidTextCharacter(column.TableLogicalName, column.LogicalName, invalid, text[invalid]);
            }

            return text;
        }

        // Code choice (DATAVERSE-FACTS.md 8.3): IntegerValueOutOfRange for whole, decimal, money and float columns alike.
        private static T InRange<T>(ColumnMetadata column, T value, decimal typeMin, decimal typeMax)
            where T : IConvertible
        {
            var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            var min = column.MinValue ?? typeMin;
            var max = column.MaxValue ?? typeMax;
            if (number < min || number > max)
            {
                throw DataverseFaults.ValueOutOfRange(column.TableLogicalName, column.LogicalName, Invariant(value), Invariant(min), Invariant(max));
            }

            return value;
        }

        private static double Real(ColumnMetadata column, double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) > (double)decimal.MaxValue)
            {
                var min = column.MinValue ?? -DecimalLimit;
                var max = column.MaxValue ?? DecimalLimit;
                throw DataverseFaults.ValueOutOfRange(column.TableLogicalName, column.LogicalName, Invariant(value), Invariant(min), Invariant(max));
            }

            return InRange(column, value, -DecimalLimit, DecimalLimit);
        }

        // Decimal and money columns keep Precision digits; SQL rounds half away from zero when it narrows a decimal.
        private static decimal Round(ColumnMetadata column, decimal value) =>
            column.Precision is int digits and >= 0 and <= 10 ? Math.Round(value, digits, MidpointRounding.AwayFromZero) : value;

        // UserLocal values are stored in UTC (an Unspecified kind is taken as UTC, as the Web API reads a value without
        // offset); DateOnly keeps the date at midnight; TimeZoneIndependent is kept as given. Dataverse drops milliseconds.
        private static DateTime Date(ColumnMetadata column, DateTime value)
        {
            var stored = column.DateTimeBehavior switch
            {
                DateTimeBehavior.DateOnly => DateTime.SpecifyKind(value.Date, DateTimeKind.Unspecified),
                DateTimeBehavior.TimeZoneIndependent => DateTime.SpecifyKind(value, DateTimeKind.Unspecified),
                _ => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
            };
            var compared = DateTime.SpecifyKind(stored, DateTimeKind.Utc);
            if (compared < MinDate || compared > MaxDate)
            {
                throw DataverseFaults.DateOutOfRange(column.TableLogicalName, column.LogicalName);
            }

            return stored.AddTicks(-(stored.Ticks % TimeSpan.TicksPerSecond));
        }

        // A lookup with no known targets (a system lookup the solution does not describe) accepts any table.
        private static EntityReference Reference(ColumnMetadata column, EntityReference reference)
        {
            var target = reference.LogicalName ?? string.Empty;
            if (column.LookupTargets.Count > 0 && !column.LookupTargets.Contains(target, StringComparer.Ordinal))
            {
                throw DataverseFaults.LookupTargetNotAllowed(column.TableLogicalName, column.LogicalName, target, string.Join(", ", column.LookupTargets));
            }

            // A reference by alternate key is resolved by the message handler; keep it whole until then.
            return reference.Id == Guid.Empty ? reference : new EntityReference(target, reference.Id);
        }

        // A choice whose options the solution does not carry (a global choice of another solution) accepts any value.
        private static int Option(ColumnMetadata column, int value)
        {
            if (column.Options.Count > 0 && !column.Options.ContainsKey(value))
            {
                throw DataverseFaults.OptionOutOfRange(column.TableLogicalName, column.LogicalName, value);
            }

            return value;
        }

        private static string Invariant(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
