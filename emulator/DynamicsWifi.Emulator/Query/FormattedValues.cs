using System.Globalization;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>The text Dataverse puts in Entity.FormattedValues: a choice's label, a yes/no column's label, a lookup's
    /// name, and money as currency (en-US, the column's precision), since the emulator has no user settings
    /// (learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-formatted-values).</summary>
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
            _ => null,
        };
    }
}
