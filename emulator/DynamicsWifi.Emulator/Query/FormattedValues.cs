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
    /// emulator has no user settings, so it formats as an en-US user in UTC would see them; text and ids have none.</summary>
    internal static class FormattedValues
    {
        private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

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
    }
}
