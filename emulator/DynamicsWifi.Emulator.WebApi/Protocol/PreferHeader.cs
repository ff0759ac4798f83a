using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DynamicsWifi.Emulator.WebApi.Protocol
{
    /// <summary>The preferences Dataverse honours in a Prefer header: return=representation, odata.maxpagesize,
    /// odata.include-annotations and odata.continue-on-error
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors).</summary>
    internal sealed class PreferHeader
    {
        private static readonly PreferHeader None = new(false, null, Array.Empty<string>(), false);

        private PreferHeader(bool returnRepresentation, int? maxPageSize, IReadOnlyList<string> annotations, bool continueOnError)
        {
            ReturnRepresentation = returnRepresentation;
            MaxPageSize = maxPageSize;
            Annotations = annotations;
            ContinueOnError = continueOnError;
        }

        public bool ReturnRepresentation { get; }

        public int? MaxPageSize { get; }

        /// <summary>The annotation patterns asked for: "*", "OData.Community.Display.V1.FormattedValue", "Microsoft.Dynamics.CRM.*".</summary>
        public IReadOnlyList<string> Annotations { get; }

        public bool ContinueOnError { get; }

        public static PreferHeader Parse(string? header)
        {
            if (string.IsNullOrWhiteSpace(header))
            {
                return None;
            }

            var returnRepresentation = false;
            int? maxPageSize = null;
            var annotations = new List<string>();
            var continueOnError = false;
            foreach (var preference in header.Split(',').Select(part => part.Trim()))
            {
                var equals = preference.IndexOf('=');
                var name = (equals < 0 ? preference : preference.Substring(0, equals)).Trim();
                var value = equals < 0 ? string.Empty : preference.Substring(equals + 1).Trim().Trim('"');
                switch (name.ToLowerInvariant())
                {
                    case "return":
                        returnRepresentation = value.Equals("representation", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "odata.maxpagesize":
                        maxPageSize = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0 ? size : null;
                        break;
                    case "odata.include-annotations":
                        annotations.AddRange(value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                        break;
                    case "odata.continue-on-error":
                        continueOnError = true;
                        break;
                }
            }

            return new PreferHeader(returnRepresentation, maxPageSize, annotations, continueOnError);
        }

        /// <summary>Whether annotations of the given name were asked for, by name or by a pattern ending in *.</summary>
        public bool Wants(string annotation) => Annotations.Any(pattern =>
            pattern == "*" ||
            string.Equals(pattern, annotation, StringComparison.Ordinal) ||
            (pattern.EndsWith(".*", StringComparison.Ordinal) && annotation.StartsWith(pattern.Substring(0, pattern.Length - 1), StringComparison.Ordinal)));
    }
}
