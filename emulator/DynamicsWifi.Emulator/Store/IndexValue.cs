using System;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Store
{
    /// <summary>Turns a stored or queried value into the form an index compares, so that values SQL Server holds
    /// in one column compare equal however the SDK wraps them: a lookup is its id, a choice or whole number a
    /// decimal, money its amount, a date in UTC. Text is its fold under the organization's collation, the one
    /// comparison queries use too, so a key lookup and a query agree on which rows hold a value.</summary>
    internal static class IndexValue
    {
        /// <summary>The comparable form of <paramref name="value"/>; null for null.</summary>
        public static object? Normalize(object? value, TextCollation collation) => value switch
        {
            null => null,
            // Folded once here, so comparing is ordinal and the index holds no wrapper to chase.
            string text => collation.Fold(text),
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
