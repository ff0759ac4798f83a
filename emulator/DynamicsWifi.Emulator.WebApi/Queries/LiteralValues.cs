using System;
using System.Globalization;
using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Errors;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Queries
{
    /// <summary>OData literals (as Microsoft.OData parses them from a URL) turned into the values the organization service
    /// takes for a column: plain values in query conditions, SDK types (OptionSetValue, Money, EntityReference) in key
    /// attributes.</summary>
    internal static class LiteralValues
    {
        public static object? ForCondition(object? literal, ColumnView column)
        {
            if (literal == null)
            {
                return null;
            }

            try
            {
                return column.Kind switch
                {
                    ColumnKind.PrimaryKey or ColumnKind.Uniqueidentifier or ColumnKind.File or ColumnKind.Lookup => literal is Guid id ? id : Guid.Parse(Text(literal)),
                    ColumnKind.Integer or ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status => Convert.ToInt32(literal, CultureInfo.InvariantCulture),
                    ColumnKind.BigInt => Convert.ToInt64(literal, CultureInfo.InvariantCulture),
                    ColumnKind.Decimal or ColumnKind.Money => Convert.ToDecimal(literal, CultureInfo.InvariantCulture),
                    ColumnKind.Double => Convert.ToDouble(literal, CultureInfo.InvariantCulture),
                    ColumnKind.Boolean => Convert.ToBoolean(literal, CultureInfo.InvariantCulture),
                    ColumnKind.DateTime or ColumnKind.DateOnly => Moment(literal),
                    _ => Text(literal),
                };
            }
            catch (Exception failure) when (failure is FormatException or InvalidCastException or OverflowException)
            {
                throw WebApiException.BadRequest($"The value '{Text(literal)}' does not fit the type of property '{column.LogicalName}'.");
            }
        }

        public static object? ForKey(object? literal, ColumnView column) => ForCondition(literal, column) switch
        {
            int option when column.Kind is ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status => new OptionSetValue(option),
            decimal amount when column.Kind == ColumnKind.Money => new Money(amount),
            Guid id when column.Kind == ColumnKind.Lookup => new EntityReference(column.LookupTargets.Count > 0 ? column.LookupTargets[0] : string.Empty, id),
            var value => value,
        };

        private static DateTime Moment(object literal) => literal switch
        {
            DateTimeOffset offset => offset.UtcDateTime,
            DateOnly date => DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
            DateTime moment => moment.ToUniversalTime(),
            _ => DateTimeOffset.Parse(Text(literal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime,
        };

        private static string Text(object literal) => Convert.ToString(literal, CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
