using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Metadata.Standard;
using DynamicsWifi.SolutionFiles;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>Reads a solution's customizations.xml into the catalog: its tables (entity and attribute readers), global
    /// choices, alternate keys and 1:N relationships, merged with the built-in standard tables. The solution is the
    /// only source of its own metadata: there is no second, hand-kept registry.</summary>
    internal static class SolutionMetadataReader
    {
        public const string CustomizationsPath = "customizations.xml";

        /// <summary>The catalog of the solution folder (zip layout) or .zip at that path.</summary>
        public static MetadataCatalog Read(string solutionFolderOrZip) => Read(SolutionSource.Open(solutionFolderOrZip));

        public static MetadataCatalog Read(SolutionSource source) => Read(source, new List<string>());

        /// <summary>The catalog; what the emulator leaves out (virtual columns, N:N relationships, ...) is added to
        /// <paramref name="notes"/> with the reason.</summary>
        public static MetadataCatalog Read(SolutionSource source, ICollection<string> notes)
        {
            var customizations = source.ReadXml(CustomizationsPath).Root
                ?? throw new InvalidDataException($"'{CustomizationsPath}' of the solution at '{source.Origin}' is empty.");
            return Read(customizations, notes);
        }

        /// <summary>The catalog of a parsed customizations.xml (&lt;ImportExportXml&gt;).</summary>
        public static MetadataCatalog Read(XElement customizations, ICollection<string> notes)
        {
            var globalOptionSets = OptionSetReader.ReadGlobal(customizations);
            var exported = customizations.Path("Entities", "Entity")
                .Select(entity => EntityReader.Read(entity, globalOptionSets, notes))
                .Where(table => table != null)
                .Select(table => table!)
                .ToList();

            var tables = StandardTables.All.ToDictionary(table => table.LogicalName, StringComparer.Ordinal);
            foreach (var table in exported)
            {
                tables[table.LogicalName] = tables.TryGetValue(table.LogicalName, out var standard)
                    ? TableCompletion.Extend(standard, table)
                    : TableCompletion.Complete(table, notes);
            }

            var solutionRelationships = RelationshipReader.Read(customizations, notes);
            var lookupTypeCodes = exported
                .SelectMany(table => table.Columns.Select(column => (Key: (table.LogicalName, column.Column.LogicalName), column.LookupTypeCodes)))
                .GroupBy(pair => pair.Key)
                .ToDictionary(group => group.Key, group => group.Last().LookupTypeCodes);
            var completed = LookupTargets.Fill(tables.Values, solutionRelationships, lookupTypeCodes);

            // "Owner" is not a table: ownerid's relationship only tells the lookup's targets.
            var relationships = StandardTables.Relationships
                .Where(builtIn => solutionRelationships.All(relationship => relationship.SchemaName != builtIn.SchemaName))
                .Concat(solutionRelationships.Where(relationship => relationship.ReferencedTable != RelationshipReader.OwnerParent))
                .ToList();
            return new MetadataCatalog(completed, relationships);
        }
    }
}
