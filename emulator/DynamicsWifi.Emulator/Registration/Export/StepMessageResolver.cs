using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Metadata.Export;

namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>The message a step is registered on. Exports carry only &lt;SdkMessageId&gt;: fixed for system messages,
    /// but created per environment for a custom API's message, so an export cannot name that one by id. In order:
    /// an element or attribute naming the message; a system message id; the step's name in the form the plug-in
    /// registration tool and Dataverse give it ("Type: Message of table"), when that names a system message or one of
    /// the solution's custom APIs. Anything else, a name that names no message included, is refused rather than guessed.</summary>
    internal static class StepMessageResolver
    {
        private static readonly Regex ConventionalName = new(@":\s*(?<message>[A-Za-z_][A-Za-z0-9_]*)\s+of\s", RegexOptions.CultureInvariant);

        public static string Resolve(XElement step, string stepName, IReadOnlyCollection<string> customApiNames, ICollection<string> notes)
        {
            var named = step.Text("SdkMessageName") ?? step.Text("MessageName") ?? step.Child("SdkMessageId")?.AttributeText("Name");
            if (named != null)
            {
                return SdkMessages.Known(named) ?? CustomApi(named, customApiNames) ?? throw new InvalidDataException(
                    $"Step '{stepName}' is registered on message '{named}', which names no message: neither a system message nor one of the solution's custom APIs. Dataverse refuses to register it.");
            }

            var idText = step.Text("SdkMessageId");
            var id = Guid.TryParse(idText, out var parsed) ? parsed : (Guid?)null;
            var system = id == null ? null : SdkMessages.NameOf(id.Value);
            if (system != null)
            {
                return system;
            }

            var fromName = ConventionalName.Match(stepName);
            if (fromName.Success)
            {
                var candidate = fromName.Groups["message"].Value;
                var message = SdkMessages.Known(candidate) ?? CustomApi(candidate, customApiNames);
                if (message != null)
                {
                    notes.Add($"Step '{stepName}': message {idText ?? "(no SdkMessageId)"} is not a fixed system message id; '{message}' taken from the step's name.");
                    return message;
                }
            }

            throw new InvalidDataException(
                $"Step '{stepName}' is registered on message {idText ?? "(no SdkMessageId)"}, which is not a system message whose id is fixed, " +
                "and its name does not say which message it is (\"Type: Message of table\" naming a system message or one of the solution's custom APIs).");
        }

        private static string? CustomApi(string name, IReadOnlyCollection<string> customApiNames) =>
            customApiNames.FirstOrDefault(api => string.Equals(api, name, StringComparison.OrdinalIgnoreCase));
    }
}
