using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Metadata.Export;

namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>Reads SdkMessageProcessingSteps/SdkMessageProcessingStep of customizations.xml into steps, refusing what
    /// Dataverse would refuse to register (StepRules) and any step whose plug-in type the solution does not register.
    /// Steps run by a service endpoint or webhook rather than a plug-in type are left out with a note.</summary>
    internal static class StepReader
    {
        private const int PluginTypeHandler = 4602;

        public static IReadOnlyList<StepRegistration> Read(
            XElement customizations,
            IReadOnlyList<PluginTypeRegistration> pluginTypes,
            IReadOnlyCollection<string> customApiNames,
            ICollection<string> notes)
        {
            var steps = new List<StepRegistration>();
            foreach (var step in customizations.Path("SdkMessageProcessingSteps", "SdkMessageProcessingStep"))
            {
                var read = ReadStep(step, pluginTypes, customApiNames, notes);
                if (read != null)
                {
                    steps.Add(read);
                }
            }

            return steps;
        }

        private static StepRegistration? ReadStep(
            XElement step,
            IReadOnlyList<PluginTypeRegistration> pluginTypes,
            IReadOnlyCollection<string> customApiNames,
            ICollection<string> notes)
        {
            var idText = step.AttributeText("SdkMessageProcessingStepId");
            var name = step.AttributeText("Name") ?? step.Text("Description") ?? idText ?? "(unnamed)";
            if (!Guid.TryParse(idText, out var id))
            {
                throw new InvalidDataException($"Step '{name}' has no valid SdkMessageProcessingStepId ('{idText}').");
            }

            var handlerType = step.Integer("EventHandlerTypeCode");
            if ((handlerType != null && handlerType != PluginTypeHandler) || (step.Text("PluginTypeName") == null && step.Text("PluginTypeId") == null))
            {
                notes.Add($"Step '{name}' is handled by a service endpoint or webhook (EventHandlerTypeCode {handlerType?.ToString() ?? "none"}), which the emulator does not call; left out.");
                return null;
            }

            var pluginType = PluginTypeOf(step, name, pluginTypes);
            var message = StepMessageResolver.Resolve(step, name, customApiNames, notes);
            var stage = StepRules.Stage(name, step.Integer("Stage"));
            var mode = StepRules.Mode(name, step.Integer("Mode"));
            var images = ImageReader.Read(step, name);
            StepRules.Check(name, message, stage, mode, images);

            return new StepRegistration(
                id,
                name,
                pluginType.TypeName,
                message,
                PrimaryEntity(step.Text("PrimaryEntity")),
                stage,
                mode,
                step.Integer("Rank") ?? 1,
                NameList.Parse(step.Text("FilteringAttributes")),
                Configuration(step),
                Guid.TryParse(step.Text("ImpersonatingUserId"), out var userId) ? userId : null,
                step.Flag("AsyncAutoDelete") ?? false,
                images)
            {
                ImpersonatingUserName = step.Text("ImpersonatingUserIdName"),
            };
        }

        // Dataverse links a step to its type by id; exports also give the assembly-qualified name, and older ones
        // (CRMP2C, 8.2) only the name.
        private static PluginTypeRegistration PluginTypeOf(XElement step, string stepName, IReadOnlyList<PluginTypeRegistration> pluginTypes)
        {
            var byId = Guid.TryParse(step.Text("PluginTypeId"), out var typeId) ? pluginTypes.FirstOrDefault(type => type.Id == typeId) : null;
            var qualified = step.Text("PluginTypeName");
            var typeName = qualified == null ? null : TypeNames.FullName(qualified);
            var byName = typeName == null ? null : pluginTypes.FirstOrDefault(type => type.TypeName == typeName);
            return byId ?? byName ?? throw new InvalidDataException(
                $"Step '{stepName}' runs plug-in type '{typeName ?? step.Text("PluginTypeId")}', which the solution does not register " +
                "(no PluginType with that PluginTypeId or name in SolutionPluginAssemblies).");
        }

        // "none" is how the platform names "no table" for messages such as Associate.
        private static string PrimaryEntity(string? text) =>
            text == null || string.Equals(text, "none", StringComparison.OrdinalIgnoreCase) ? string.Empty : ExportXml.Logical(text);

        // The unsecure configuration is the plug-in's constructor argument: kept exactly, whitespace included.
        private static string? Configuration(XElement step)
        {
            var value = step.Child("Configuration")?.Value;
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }
    }
}
