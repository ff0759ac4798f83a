using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Store
{
    /// <summary>Turns a stored or queried value into the form an index compares, so that values SQL Server holds
    /// in one column compare equal however the SDK wraps them: a lookup is its id, a choice or whole number a
    /// decimal, money its amount, a date in UTC. Text compares as SQL Server's default case-insensitive collation
    /// does, ignoring trailing spaces (an inference: no Microsoft page states Dataverse's collation).</summary>
    internal static class IndexValue
    {
        /// <summary>The comparable form of <paramref name="value"/>; null for null.</summary>
        public static object? Normalize(object? value) => value switch
        {
            null => null,
            // Upper-cased once here, so comparing is ordinal and the index holds no wrapper to chase.
            string text => text.TrimEnd(' ').ToUpperInvariant(),
            EntityReference reference => reference.Id,
            OptionSetValue option => (decimal)option.Value,
            Money money => money.Value,
            int number => (decimal)number,
            long number => (decimal)number,
            short number => (decimal)number,
            byte number => (decimal)number,
            DateTime date when date.Kind == DateTimeKind.Local => date.ToUniversalTime(),
            _ => value,
        };

        /// <summary>Whether a normalized value came from text.</summary>
        public static bool IsText(object? normalized) => normalized is string;
    }
}
