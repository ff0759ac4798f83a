using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Registration.Export;
using DynamicsWifi.Emulator.Tests.Metadata;
using DynamicsWifi.SolutionFiles;

namespace DynamicsWifi.Emulator.Tests.Registration
{
    /// <summary>The real exports under ../shared/reference/solution-samples as the registration readers see them, and
    /// small inline solutions for the refusals no real export shows.</summary>
    internal static class RegistrationSamples
    {
        public const string FastTrack = "microsoft__Dynamics-365-FastTrack-Implementation-Assets";
        public const string P2CFieldService = FastTrack + "/P2CFieldService";
        public const string CrmP2C = FastTrack + "/CRMP2C";
        public const string CommerceEvents = FastTrack + "/CommerceEventSample-unpacked";
        public const string ExportDataUsingFetchXml = SolutionSamples.ExportDataUsingFetchXml;
        public const string IsSystemAdmin = "microsoft__PowerApps-Samples/IsSystemAdminFunction_1_0_0_0_managed";
        public const string DrivardCustomApis = "drivardxrm__Dataverse-CustomApis/Archive-DataverseCustomApis_1_0_2_202012162";
        public const string ColumnLevelSecurity = SolutionSamples.ColumnLevelSecurity;

        public const string CreateId = "{9ebdbb1b-ea3e-db11-86a7-000a3a5473e8}";
        public const string UpdateId = "{20bebb1b-ea3e-db11-86a7-000a3a5473e8}";
        public const string DeleteId = "{a1bdbb1b-ea3e-db11-86a7-000a3a5473e8}";

        public const string TypeName = "Contoso.Plugins.Sample";
        public const string TypeId = "3c3f0d6e-8a43-4d8e-9a57-2f7c5e1b9a10";

        public static SolutionRegistrations Read(string sample) => RegistrationReader.Read(SolutionSource.Open(SolutionSamples.Folder(sample)));

        /// <summary>Section fragments (&lt;SdkMessageProcessingSteps&gt;, &lt;SolutionPluginAssemblies&gt;, &lt;Roles&gt;) cut out
        /// of a customizations.xml, put back under a minimal &lt;ImportExportXml&gt;.</summary>
        public static XElement Fragments(string sample, params string[] fragments) =>
            new("ImportExportXml", fragments.Select(fragment => XElement.Parse(File.ReadAllText(Path.Combine(SolutionSamples.Folder(sample), fragment)))));

        /// <summary>For step fragments whose assembly was not cut out with them (CRMP2C): a PluginType for each type
        /// the steps name, as the solution that shipped them registered it.</summary>
        public static XElement WithTypesOfItsSteps(XElement customizations)
        {
            var types = customizations.Descendants("PluginTypeName").Select(name => name.Value.Trim()).Distinct()
                .Select(qualified => new XElement(
                    "PluginType",
                    new XAttribute("AssemblyQualifiedName", qualified),
                    new XAttribute("PluginTypeId", Guid.NewGuid()),
                    new XAttribute("Name", qualified.Substring(0, qualified.IndexOf(',')))));
            customizations.Add(new XElement("SolutionPluginAssemblies", new XElement("PluginAssembly", new XElement("PluginTypes", types))));
            return customizations;
        }

        public static SolutionRegistrations ReadCustomizations(XElement customizations, ICollection<string>? notes = null) =>
            RegistrationReader.Read(customizations, notes ?? new List<string>());

        /// <summary>A customizations.xml with the one plug-in type Contoso.Plugins.Sample and the given steps.</summary>
        public static XElement WithSteps(params string[] steps) => XElement.Parse(
            "<ImportExportXml><SolutionPluginAssemblies>" +
            "<PluginAssembly FullName=\"Contoso.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef\" PluginAssemblyId=\"0b0c7c55-9a0e-4d59-a1d4-8a4f7f0e2c11\">" +
            $"<PluginTypes><PluginType AssemblyQualifiedName=\"{TypeName}, Contoso.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef\" PluginTypeId=\"{TypeId}\" Name=\"{TypeName}\" /></PluginTypes>" +
            "</PluginAssembly></SolutionPluginAssemblies>" +
            "<SdkMessageProcessingSteps>" + string.Concat(steps) + "</SdkMessageProcessingSteps></ImportExportXml>");

        /// <summary>One step as exports write it; extra is placed after Stage (images, configuration...).</summary>
        public static string Step(
            string name = "Contoso.Plugins.Sample: Update of contact",
            string messageId = UpdateId,
            int stage = 20,
            int mode = 0,
            string pluginTypeName = TypeName,
            string filteringAttributes = "",
            string extra = "",
            string images = "",
            string primaryEntity = "contact") =>
            $"<SdkMessageProcessingStep Name=\"{name}\" SdkMessageProcessingStepId=\"{{{Guid.NewGuid()}}}\">" +
            $"<PluginTypeName>{pluginTypeName}, Contoso.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef</PluginTypeName>" +
            $"<PrimaryEntity>{primaryEntity}</PrimaryEntity><AsyncAutoDelete>0</AsyncAutoDelete>" +
            $"<FilteringAttributes>{filteringAttributes}</FilteringAttributes><InvocationSource>1</InvocationSource>" +
            $"<Mode>{mode}</Mode><Rank>1</Rank><SdkMessageId>{messageId}</SdkMessageId><EventHandlerTypeCode>4602</EventHandlerTypeCode>" +
            $"<Stage>{stage}</Stage>{extra}<SdkMessageProcessingStepImages>{images}</SdkMessageProcessingStepImages></SdkMessageProcessingStep>";

        public static string Image(string alias, int imageType, string attributes = "") =>
            $"<SdkMessageProcessingStepImage Name=\"{alias}\"><Attributes>{attributes}</Attributes><EntityAlias>{alias}</EntityAlias>" +
            $"<ImageType>{imageType}</ImageType><MessagePropertyName>Target</MessagePropertyName></SdkMessageProcessingStepImage>";

        /// <summary>A solution of the given files, each path inside the zip with its XML text.</summary>
        public static SolutionSource Files(params (string Path, string Xml)[] files) =>
            SolutionSource.FromFiles("inline", files.Select(file => new KeyValuePair<string, byte[]>(file.Path, Encoding.UTF8.GetBytes(file.Xml))));

        public static StepRegistration StepNamed(this SolutionRegistrations registrations, string name) =>
            registrations.Steps.Single(step => step.Name == name);
    }
}
