using System;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>The text Dataverse puts in Entity.FormattedValues: a choice's label, a yes/no column's label, a lookup's
    /// name, numbers with group separators, money as currency and dates as the user would read them
    /// (learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-formatted-values). The
    /// emulator has no user settings, so it formats as an en-US user in UTC would see them; text and ids have none.
    /// en-US's conventions are spelled out here on the invariant culture rather than asked of the machine, so the text
    /// is the same on every machine, including those without culture data (invariant globalization, as in many
    /// container images), where asking for en-US fails.</summary>
    internal static class FormattedValues
    {
        private static readonly NumberFormatInfo Numbers = EnUsNumbers();

        private static readonly IFormatProvider Culture = new EnUsFormat();

        public static string? For(ColumnMetadata column, object value, LookupNames names) => value switch
        {
            OptionSetValue option => column.Options.TryGetValue(option.Value, out var label) ? label : null,
            OptionSetValueCollection options => string.Join("; ", options.Select(option => column.Options.TryGetValue(option.Value, out var label) ? label : option.Value.ToString(CultureInfo.InvariantCulture))),
            bool flag => column.Options.TryGetValue(flag ? 1 : 0, out var label) ? label : flag ? "Yes" : "No",
            EntityReference reference => names.NameOf(reference),
            Money money => money.Value.ToString("C" + (column.Precision ?? 2).ToString(CultureInfo.InvariantCulture), Culture),
            int number => number.ToString("N0", Culture),
            long number => number.ToString("N0", Culture),
            decimal number => number.ToString("N" + (column.Precision ?? 2).ToString(CultureInfo.InvariantCulture), Culture),
            double number => number.ToString("N" + (column.Precision ?? 2).ToString(CultureInfo.InvariantCulture), Culture),
            DateTime moment when column.DateTimeBehavior == DateTimeBehavior.DateOnly => moment.ToString("M/d/yyyy", Culture),
            DateTime moment => moment.ToString("M/d/yyyy h:mm tt", Culture),
            _ => null,
        };

        // en-US differs from the invariant culture's numbers only in its currency symbol and how a negative amount reads.
        private static NumberFormatInfo EnUsNumbers()
        {
            var numbers = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
            numbers.CurrencySymbol = "$";
            numbers.CurrencyNegativePattern = 1;
            return NumberFormatInfo.ReadOnly(numbers);
        }

        /// <summary>en-US numbers; dates from the invariant culture, whose AM/PM designators are en-US's (the patterns
        /// used are written out above).</summary>
        private sealed class EnUsFormat : IFormatProvider
        {
            public object? GetFormat(Type? formatType) =>
                formatType == typeof(NumberFormatInfo) ? Numbers : CultureInfo.InvariantCulture.GetFormat(formatType);
        }
    }
}
