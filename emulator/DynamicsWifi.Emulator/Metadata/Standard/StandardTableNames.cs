using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DynamicsWifi.Emulator.Metadata.Standard
{
    /// <summary>The logical names of Microsoft's standard tables (StandardTableNames.txt, with its sources), and those the
    /// emulator builds in: a solution may register steps on them without carrying them.</summary>
    internal static class StandardTableNames
    {
        private static readonly IReadOnlySet<string> Names = Load();

        public static bool Contains(string logicalName) => Names.Contains(logicalName);

        private static IReadOnlySet<string> Load()
        {
            using var stream = typeof(StandardTableNames).Assembly.GetManifestResourceStream("StandardTableNames.txt")
                ?? throw new InvalidOperationException("The emulator assembly lacks its StandardTableNames.txt resource.");
            using var reader = new StreamReader(stream);
            var listed = reader.ReadToEnd()
                .Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && !line.StartsWith('#'));
            return listed.Concat(StandardTables.All.Select(table => table.LogicalName)).ToHashSet(StringComparer.Ordinal);
        }
    }
}
