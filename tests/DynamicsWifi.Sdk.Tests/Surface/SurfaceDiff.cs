using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>Our listing against Microsoft's: every key of ours must be Microsoft's with the same details.</summary>
    internal sealed class SurfaceDiff
    {
        private readonly SurfaceReference _ours;
        private readonly SurfaceReference _microsofts;
        private readonly List<string> _offences = new List<string>();

        private SurfaceDiff(SurfaceReference ours, SurfaceReference microsofts)
        {
            _ours = ours;
            _microsofts = microsofts;
        }

        /// <summary>How many of our keys differ from Microsoft's or are not Microsoft's at all.</summary>
        public int OffenceCount => _offences.Count;

        /// <param name="excused">Keys of ours that may differ or be missing from Microsoft's surface (deliberate exceptions).</param>
        public static SurfaceDiff Compare(SurfaceReference ours, SurfaceReference microsofts, Func<string, bool> excused)
        {
            var diff = new SurfaceDiff(ours, microsofts);
            foreach (var (key, details) in ours.Details.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                if (excused(key))
                {
                    continue;
                }

                if (!microsofts.Details.TryGetValue(key, out var expected))
                {
                    diff._offences.Add(key + "\n    ours:        " + details + "\n    not in Microsoft's surface" + Neighbours(key, microsofts));
                }
                else if (details != expected)
                {
                    diff._offences.Add(key + "\n    ours:        " + details + "\n    Microsoft's: " + expected);
                }
            }

            return diff;
        }

        /// <summary>Every offending key with both sides, so all of them can be fixed in one pass.</summary>
        public string Report(string subject) =>
            $"{_offences.Count} line(s) of {subject} do not match Microsoft's surface "
            + "(format: sdk-surface/README.md of the reference material; make ours equal Microsoft's, or record a deliberate exception with its reason "
            + "next to the test; a member Microsoft has that sdk/ newly implements: copy its line from Microsoft's listing into Surface/MicrosoftLines/):\n\n"
            + string.Join("\n\n", _offences)
            + "\n\nOn type lines: `implements` lists the interfaces the type itself declares (C# adds their base interfaces, not the base class's), "
            + "so re-declare one where Microsoft does; `serializable` is [Serializable].";

        /// <summary>How many of Microsoft's keys we have, and for each type we implement, which of its members we still lack.</summary>
        public string Coverage(string subject)
        {
            var implemented = _microsofts.Details.Keys.Count(_ours.Details.ContainsKey);
            var total = _microsofts.Details.Count;
            var text = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"{subject}: implements {implemented} of Microsoft's {total} types and members ")
                .Append(CultureInfo.InvariantCulture, $"({100.0 * implemented / total:0.0}%); types: {_ours.Details.Keys.Count(key => key.StartsWith("T:", StringComparison.Ordinal) && _microsofts.Details.ContainsKey(key))}.")
                .AppendLine();

            var ourTypes = new HashSet<string>(_ours.Details.Keys.Where(key => key.StartsWith("T:", StringComparison.Ordinal)).Select(SurfaceReference.OwnerOf), StringComparer.Ordinal);
            var missing = _microsofts.Details.Keys
                .Where(key => !_ours.Details.ContainsKey(key) && !key.StartsWith("T:", StringComparison.Ordinal) && ourTypes.Contains(SurfaceReference.OwnerOf(key)))
                .GroupBy(SurfaceReference.OwnerOf)
                .OrderBy(group => group.Key, StringComparer.Ordinal);
            foreach (var group in missing)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {group.Key} lacks {group.Count()} of Microsoft's members (fine if unused):");
                foreach (var key in group.OrderBy(key => key, StringComparer.Ordinal))
                {
                    text.AppendLine("    " + key);
                }
            }

            return text.ToString();
        }

        /// <summary>Microsoft's overloads of the same member, which usually show the intended parameter types.</summary>
        private static string Neighbours(string key, SurfaceReference microsofts)
        {
            var member = SurfaceReference.MemberOf(key);
            var overloads = microsofts.Details
                .Where(pair => SurfaceReference.MemberOf(pair.Key) == member)
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => "\n    Microsoft has: " + pair.Key + "\t" + pair.Value)
                .ToList();
            return string.Concat(overloads);
        }
    }
}
