using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>A surface listing read back into key -> details: a reference file, or the lines SurfaceLister wrote.</summary>
    internal sealed class SurfaceReference
    {
        private SurfaceReference(string header, IReadOnlyDictionary<string, string> details)
        {
            Header = header;
            Details = details;
        }

        /// <summary>The <c># assembly ...</c> comment line, or empty when there is none.</summary>
        public string Header { get; }

        public IReadOnlyDictionary<string, string> Details { get; }

        public static SurfaceReference Load(string path) => Parse(File.ReadLines(path));

        public static SurfaceReference Parse(IEnumerable<string> lines)
        {
            var header = string.Empty;
            var details = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in lines.Where(line => line.Length > 0))
            {
                if (line.StartsWith('#'))
                {
                    header = header.Length == 0 ? line : header;
                    continue;
                }

                var tab = line.IndexOf('\t');
                if (tab < 0)
                {
                    throw new FormatException($"Surface line without a tab: {line}");
                }

                if (!details.TryAdd(line.Substring(0, tab), line.Substring(tab + 1)))
                {
                    throw new FormatException($"Surface key listed twice: {line.Substring(0, tab)}");
                }
            }

            return new SurfaceReference(header, details);
        }

        /// <summary>The type a key belongs to: <c>M:A.B.C(System.Int32)</c> -> <c>A.B</c>; a type key names itself.</summary>
        public static string OwnerOf(string key)
        {
            var name = key.Substring(2);
            if (key.StartsWith("T:", StringComparison.Ordinal))
            {
                return name;
            }

            var end = name.IndexOfAny(new[] { '(', '~' });
            name = end < 0 ? name : name.Substring(0, end);
            return name.Substring(0, name.LastIndexOf('.'));
        }

        /// <summary>The key up to its parameter list: overloads and conversions of one member share it.</summary>
        public static string MemberOf(string key)
        {
            var end = key.IndexOfAny(new[] { '(', '~' });
            return end < 0 ? key : key.Substring(0, end);
        }
    }
}
