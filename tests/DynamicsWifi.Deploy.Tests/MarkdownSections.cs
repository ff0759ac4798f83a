using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>A guide read as its headings and the text under each, and the first cells of its table rows.</summary>
    internal sealed class MarkdownSections
    {
        private readonly List<(string Heading, string Body)> _sections;

        public MarkdownSections(string markdown)
        {
            _sections = Regex.Split(markdown, @"(?m)^(?=#{1,4} )").Where(part => part.StartsWith('#'))
                .Select(part => (Heading: part.Split('\n')[0], Body: part)).ToList();
        }

        /// <summary>The sections whose heading names <paramref name="code"/> in backticks.</summary>
        public IEnumerable<(string Heading, string Body)> Naming(string code) =>
            _sections.Where(section => section.Heading.Contains("`" + code + "`", StringComparison.Ordinal));

        /// <summary>The backticked first cells of the table rows in <paramref name="body"/>: | `name` | ...</summary>
        public static ISet<string> RowNames(string body) =>
            Regex.Matches(body, @"(?m)^[ \t]*\| `([^`]+)` \|").Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }
}
