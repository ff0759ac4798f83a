using System;
using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>Comma-separated logical names as exports write them in FilteringAttributes and image Attributes:
    /// trimmed, lower case, empty entries and repeats dropped; empty or absent text is the empty list.</summary>
    internal static class NameList
    {
        public static IReadOnlyList<string> Parse(string? text) =>
            (text ?? string.Empty)
                .Split(',')
                .Select(name => name.Trim().ToLowerInvariant())
                .Where(name => name.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
    }
}
