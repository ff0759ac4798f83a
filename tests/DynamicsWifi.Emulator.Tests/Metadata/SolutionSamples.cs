using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Metadata.Export;
using DynamicsWifi.SolutionFiles;
using DynamicsWifi.Tests;

namespace DynamicsWifi.Emulator.Tests.Metadata
{
    /// <summary>The real Microsoft exports in the reference material's solution-samples/ (beside the repository, not in it:
    /// a test reading one is skipped where it is absent) and our own Solution/, found from the repository root the build
    /// stamps into the test assembly.</summary>
    internal static class SolutionSamples
    {
        public const string ColumnLevelSecurity = "microsoft__PowerApps-Samples/ColumnLevelSecuritySampleSolution";
        public const string PolymorphicLookup = "microsoft__PowerApps-Samples/polymorphiclookupexamplesolution";
        public const string P2CFieldService = "microsoft__Dynamics-365-FastTrack-Implementation-Assets/P2CFieldService";
        public const string ExportDataUsingFetchXml = "microsoft__PowerApps-Samples/ExportDataUsingFetchXmlToAnnotation_1_0_0_0_managed";
        public const string UpsertSample = "microsoft__PowerApps-Samples/UpsertSample_1_0_0_0_managed";

        public static string RepoRoot => typeof(SolutionSamples).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "RepoRoot")
            .Value!;

        public static string OwnSolution => Path.Combine(RepoRoot, "Solution");

        public static string Folder(string sample) => ReferenceMaterial.Require(Path.Combine("solution-samples", sample));

        public static MetadataCatalog Catalog(string sample) => SolutionMetadataReader.Read(SolutionSource.Open(Folder(sample)));

        /// <summary>Fragments cut out of a customizations.xml, put back in a minimal one: &lt;Entity&gt; fragments
        /// under &lt;Entities&gt;, &lt;EntityRelationship&gt; fragments under &lt;EntityRelationships&gt;.</summary>
        public static XElement Customizations(string sample, params string[] fragments)
        {
            var entities = new XElement("Entities");
            var relationships = new XElement("EntityRelationships");
            foreach (var fragment in fragments)
            {
                var element = XElement.Parse(File.ReadAllText(Path.Combine(Folder(sample), fragment)));
                (element.Name.LocalName == "Entity" ? entities : relationships).Add(element);
            }

            return new XElement("ImportExportXml", entities, relationships, new XElement("optionsets"));
        }

        public static MetadataCatalog CatalogOfFragments(string sample, params string[] fragments) =>
            SolutionMetadataReader.Read(Customizations(sample, fragments), new List<string>());

        /// <summary>A solution of one customizations.xml given as text: for the rules no real export shows.</summary>
        public static SolutionSource Inline(string customizationsXml) =>
            SolutionSource.FromFiles("inline", new[] { new KeyValuePair<string, byte[]>("customizations.xml", Encoding.UTF8.GetBytes(customizationsXml)) });

        /// <summary>The folder zipped into a fresh temporary file, as Dataverse exports it.</summary>
        public static string ZipOf(string folder)
        {
            var zip = Path.Combine(Path.GetTempPath(), $"solution-{Guid.NewGuid():N}.zip");
            ZipFile.CreateFromDirectory(folder, zip);
            return zip;
        }
    }
}
