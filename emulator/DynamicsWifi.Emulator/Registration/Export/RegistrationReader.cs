using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Metadata.Export;
using DynamicsWifi.SolutionFiles;

namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>Reads what a solution registers besides its tables: plug-in types and steps from customizations.xml,
    /// custom APIs from customapis/, security roles and field security profiles. What Dataverse would refuse at
    /// import is refused here, loudly, naming the component; what the emulator leaves out goes to the notes.</summary>
    internal static class RegistrationReader
    {
        public const string CustomizationsPath = "customizations.xml";

        public static SolutionRegistrations Read(string solutionFolderOrZip) => Read(SolutionSource.Open(solutionFolderOrZip));

        public static SolutionRegistrations Read(SolutionSource source) => Read(source, new List<string>());

        public static SolutionRegistrations Read(SolutionSource source, ICollection<string> notes)
        {
            var customizations = source.ReadXml(CustomizationsPath).Root
                ?? throw new InvalidDataException($"'{CustomizationsPath}' of the solution at '{source.Origin}' is empty.");
            return Read(source, customizations, notes);
        }

        /// <summary>The registrations of a solution whose customizations.xml is given apart (a fragment wrapped in a
        /// minimal ImportExportXml, or the unpacked layout's Other/Customizations.xml); custom APIs still come from the
        /// source's customapis/ folder.</summary>
        public static SolutionRegistrations Read(SolutionSource source, XElement customizations, ICollection<string> notes)
        {
            var pluginTypes = PluginTypeReader.Read(customizations);
            var customApis = CustomApiReader.Read(source, pluginTypes);
            var steps = StepReader.Read(customizations, pluginTypes, customApis.Select(api => api.UniqueName).ToList(), notes);
            var roles = SecurityRoleReader.Read(customizations);
            var profiles = FieldSecurityProfileReader.Read(customizations, notes);

            var repeatedStep = steps.GroupBy(step => step.Id).FirstOrDefault(group => group.Count() > 1);
            if (repeatedStep != null)
            {
                throw new InvalidDataException($"Steps '{string.Join("', '", repeatedStep.Select(step => step.Name))}' share the id {repeatedStep.Key}.");
            }

            return new SolutionRegistrations(pluginTypes, steps, customApis, roles, profiles);
        }

        /// <summary>The registrations, checked against the organization's tables as Dataverse checks a step when it is
        /// registered (<see cref="StepTableRules"/>).</summary>
        public static SolutionRegistrations Read(SolutionSource source, MetadataCatalog catalog, ICollection<string> notes)
        {
            var registrations = Read(source, notes);
            StepTableRules.Check(registrations.Steps, catalog, notes);
            return registrations;
        }

        /// <summary>A solution with no customizations.xml of its own: only what is in the given element.</summary>
        public static SolutionRegistrations Read(XElement customizations, ICollection<string> notes) =>
            Read(SolutionSource.FromFiles("inline", Array.Empty<KeyValuePair<string, byte[]>>()), customizations, notes);
    }
}
