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
            string text => new IndexText(text),
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
        public static bool IsText(object? normalized) => normalized is IndexText;

        /// <summary>Text compared case-insensitively with trailing spaces ignored, as SQL Server's `=` under a CI
        /// collation does.</summary>
        private sealed class IndexText : IEquatable<IndexText>
        {
            private readonly string _text;

            public IndexText(string text) => _text = text.TrimEnd(' ');

            public bool Equals(IndexText? other) => other != null && string.Equals(_text, other._text, StringComparison.OrdinalIgnoreCase);

            public override bool Equals(object? obj) => Equals(obj as IndexText);

            public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_text);

            public override string ToString() => _text;
        }
    }
}
