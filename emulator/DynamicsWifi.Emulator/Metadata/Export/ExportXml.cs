using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>Reading the elements of customizations.xml the way exports of every version write them: element and
    /// attribute names compared without case (2015 and 2026 exports differ), empty elements read as absent.</summary>
    internal static class ExportXml
    {
        public const int EnglishLanguageCode = 1033;

        public static XElement? Child(this XElement element, string name) =>
            element.Elements().FirstOrDefault(child => Is(child, name));

        public static IEnumerable<XElement> Children(this XElement element, string name) =>
            element.Elements().Where(child => Is(child, name));

        /// <summary>The elements at the end of a path of child names ("Entities", "Entity").</summary>
        public static IEnumerable<XElement> Path(this XElement element, params string[] names)
        {
            IEnumerable<XElement> current = new[] { element };
            foreach (var name in names)
            {
                current = current.SelectMany(parent => parent.Children(name)).ToList();
            }

            return current;
        }

        public static string? Text(this XElement element, string name)
        {
            var value = element.Child(name)?.Value.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }

        public static string? AttributeText(this XElement element, string name)
        {
            var value = element.Attributes().FirstOrDefault(attribute => string.Equals(attribute.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }

        /// <summary>A 0/1 (or true/false) flag; null when the element is absent.</summary>
        public static bool? Flag(this XElement element, string name) => Text(element, name) switch
        {
            null => null,
            var text => text == "1" || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase),
        };

        public static int? Integer(this XElement element, string name) =>
            int.TryParse(Text(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

        public static decimal? Number(this XElement element, string name)
        {
            var text = Text(element, name);
            if (text == null)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            // Float columns may export bounds in exponent notation beyond decimal's range; clamp to what decimal holds.
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
                ? (real < 0 ? decimal.MinValue : decimal.MaxValue)
                : null;
        }

        /// <summary>The English label under a labels element (or its first label): &lt;labels&gt;&lt;label description=".." languagecode="1033"/&gt;.</summary>
        public static string Label(this XElement? labelled)
        {
            var labels = labelled?.Child("labels")?.Children("label").ToList() ?? new List<XElement>();
            var english = labels.FirstOrDefault(label => label.AttributeText("languagecode") == "1033") ?? labels.FirstOrDefault();
            return english?.AttributeText("description") ?? string.Empty;
        }

        /// <summary>Schema names (Contact, sample_Example, OwningBusinessUnit) as logical names: Dataverse logical names
        /// are the schema names in lower case.</summary>
        public static string Logical(string schemaName) => schemaName.Trim().ToLowerInvariant();

        private static bool Is(XElement element, string name) => string.Equals(element.Name.LocalName, name, StringComparison.OrdinalIgnoreCase);
    }
}
