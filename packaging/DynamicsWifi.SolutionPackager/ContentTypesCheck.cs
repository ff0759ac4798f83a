using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.SolutionFiles;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>Every file extension in the zip needs a Default in [Content_Types].xml, or the package is not valid OPC.</summary>
    public static class ContentTypesCheck
    {
        private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";

        public static IReadOnlyList<string> FindProblems(byte[] contentTypesXml, IEnumerable<string> entryPaths)
        {
            using var stream = new MemoryStream(contentTypesXml, writable: false);
            var declared = XDocument.Load(stream).Root!.Elements(Types + "Default")
                .Select(element => element.Attribute("Extension")?.Value ?? string.Empty)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);

            return entryPaths
                .Where(path => !string.Equals(path, SolutionSource.ContentTypesPath, StringComparison.Ordinal))
                .Select(path => Path.GetExtension(path).TrimStart('.'))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(extension => !declared.Contains(extension))
                .Select(extension => $"[Content_Types].xml has no Default for extension '{extension}'.")
                .ToList();
        }
    }
}
