using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.SolutionFiles;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>
    /// The plug-in registration the solution declares: the assembly, its types and steps in customizations.xml,
    /// and the root components of solution.xml that must name the same assembly and steps.
    /// </summary>
    public sealed class PluginRegistration
    {
        private PluginRegistration(
            string assemblyFullName,
            Guid assemblyId,
            string fileName,
            IReadOnlyList<RegisteredPluginType> types,
            IReadOnlyList<RegisteredStep> steps,
            IReadOnlyList<CustomApiLink> customApis,
            IReadOnlyList<RootComponent> rootComponents)
        {
            AssemblyFullName = assemblyFullName;
            AssemblyId = assemblyId;
            FileName = fileName;
            Types = types;
            Steps = steps;
            CustomApis = customApis;
            RootComponents = rootComponents;
        }

        public string AssemblyFullName { get; }

        public Guid AssemblyId { get; }

        /// <summary>Where the assembly sits in the zip, as customizations.xml names it ("/PluginAssemblies/.../X.dll").</summary>
        public string FileName { get; }

        public IReadOnlyList<RegisteredPluginType> Types { get; }

        public IReadOnlyList<RegisteredStep> Steps { get; }

        public IReadOnlyList<CustomApiLink> CustomApis { get; }

        public IReadOnlyList<RootComponent> RootComponents { get; }

        public string ZipEntryPath => FileName.TrimStart('/');

        public static PluginRegistration Read(SolutionSource source)
        {
            var customizations = Parse(source.ReadBytes(SolutionSource.CustomizationsPath), SolutionSource.CustomizationsPath);
            var manifest = Parse(source.ReadBytes(SolutionSource.ManifestPath), SolutionSource.ManifestPath);

            var assemblies = customizations.Root!.Elements("SolutionPluginAssemblies").Elements("PluginAssembly").ToList();
            if (assemblies.Count != 1)
            {
                throw new PackagingException($"customizations.xml must register exactly one plug-in assembly (DESIGN.md 6); it registers {assemblies.Count}.");
            }

            var assembly = assemblies[0];
            var types = assembly.Elements("PluginTypes").Elements("PluginType")
                .Select(type => new RegisteredPluginType(
                    Required(type.Attribute("Name")?.Value, "PluginType/@Name"),
                    Required(type.Attribute("AssemblyQualifiedName")?.Value, "PluginType/@AssemblyQualifiedName"),
                    ParseGuid(type.Attribute("PluginTypeId")?.Value, "PluginType/@PluginTypeId")))
                .ToList();

            var steps = customizations.Root.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep")
                .Select(step => new RegisteredStep(
                    ParseGuid(step.Attribute("SdkMessageProcessingStepId")?.Value, "SdkMessageProcessingStep/@SdkMessageProcessingStepId"),
                    step.Attribute("Name")?.Value ?? string.Empty,
                    Required(step.Element("PluginTypeName")?.Value, "SdkMessageProcessingStep/PluginTypeName"),
                    step.Element("PluginTypeId") is { } typeId ? ParseGuid(typeId.Value, "SdkMessageProcessingStep/PluginTypeId") : null))
                .ToList();

            var rootComponents = manifest.Root!.Elements("SolutionManifest").Elements("RootComponents").Elements("RootComponent")
                .Select(component => new RootComponent(
                    int.Parse(Required(component.Attribute("type")?.Value, "RootComponent/@type"), System.Globalization.CultureInfo.InvariantCulture),
                    component.Attribute("id") is { } id ? ParseGuid(id.Value, "RootComponent/@id") : null,
                    component.Attribute("schemaName")?.Value))
                .ToList();

            return new PluginRegistration(
                Required(assembly.Attribute("FullName")?.Value, "PluginAssembly/@FullName"),
                ParseGuid(assembly.Attribute("PluginAssemblyId")?.Value, "PluginAssembly/@PluginAssemblyId"),
                Required(assembly.Element("FileName")?.Value, "PluginAssembly/FileName"),
                types,
                steps,
                ReadCustomApiLinks(source),
                rootComponents);
        }

        // Exports link a custom API to its plug-in as <plugintypeid><plugintypeexportkey> (2023+) or <plugintypeid><plugintypeid> (older).
        private static List<CustomApiLink> ReadCustomApiLinks(SolutionSource source)
        {
            var links = new List<CustomApiLink>();
            foreach (var path in source.Files.Where(IsCustomApiFile))
            {
                var api = Parse(source.ReadBytes(path), path).Root!;
                var key = api.Element("plugintypeid")?.Elements().FirstOrDefault();
                if (key is not null)
                {
                    links.Add(new CustomApiLink(api.Attribute("uniquename")?.Value ?? path, ParseGuid(key.Value, path + ": plugintypeid")));
                }
            }

            return links;
        }

        private static bool IsCustomApiFile(string path)
        {
            var segments = path.Split('/');
            return segments.Length == 3 && segments[0] == "customapis" && segments[2] == "customapi.xml";
        }

        private static XDocument Parse(byte[] xml, string fileName)
        {
            try
            {
                using var stream = new MemoryStream(xml, writable: false);
                return XDocument.Load(stream);
            }
            catch (System.Xml.XmlException exception)
            {
                throw new PackagingException($"{fileName} is not well-formed XML: {exception.Message}");
            }
        }

        private static string Required(string? value, string what) =>
            string.IsNullOrWhiteSpace(value) ? throw new PackagingException($"{what} is missing or empty.") : value;

        private static Guid ParseGuid(string? value, string what) =>
            Guid.TryParse(value, out var guid) ? guid : throw new PackagingException($"{what} is not a GUID: '{value}'.");
    }
}
