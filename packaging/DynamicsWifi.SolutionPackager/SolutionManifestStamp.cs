using System;
using System.Text;
using System.Text.RegularExpressions;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>
    /// Writes the solution version and the managed flag into solution.xml by replacing the two element values
    /// in place, so every other byte (line ends, indentation, attribute order) stays as exported.
    /// </summary>
    public static class SolutionManifestStamp
    {
        private static readonly Regex VersionElement = new("<Version>[^<]*</Version>", RegexOptions.CultureInvariant);
        private static readonly Regex ManagedElement = new("<Managed>[^<]*</Managed>", RegexOptions.CultureInvariant);
        private static readonly Regex SolutionVersion = new(@"^\d{1,9}\.\d{1,9}(\.\d{1,9}){0,2}$", RegexOptions.CultureInvariant);

        public static byte[] Apply(byte[] solutionXml, string version, bool managed)
        {
            if (!SolutionVersion.IsMatch(version))
            {
                throw new PackagingException($"'{version}' is not a solution version (major.minor[.build[.revision]]).");
            }

            var text = Encoding.UTF8.GetString(solutionXml);
            var hasBom = text.Length > 0 && text[0] == '\uFEFF';
            text = ReplaceOnce(text, VersionElement, $"<Version>{version}</Version>");
            text = ReplaceOnce(text, ManagedElement, managed ? "<Managed>1</Managed>" : "<Managed>0</Managed>");

            var body = Encoding.UTF8.GetBytes(hasBom ? text[1..] : text);
            return hasBom ? [.. Encoding.UTF8.Preamble, .. body] : body;
        }

        private static string ReplaceOnce(string text, Regex element, string replacement)
        {
            var matches = element.Matches(text);
            if (matches.Count != 1)
            {
                throw new PackagingException($"solution.xml must hold exactly one element matching {element}; it holds {matches.Count}.");
            }

            var match = matches[0];
            return string.Concat(text.AsSpan(0, match.Index), replacement, text.AsSpan(match.Index + match.Length));
        }
    }
}
