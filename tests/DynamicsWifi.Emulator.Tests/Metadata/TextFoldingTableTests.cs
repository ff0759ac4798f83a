using System.Globalization;
using System.Linq;
using System.Text;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Metadata
{
    /// <summary>Every entry of our folding table is what Unicode says (lowercase, then the base letter of the canonical
    /// decomposition), checked against .NET's Unicode data where the runtime has it.</summary>
    [TestClass]
    public sealed class TextFoldingTableTests
    {
        [TestMethod]
        public void CasePairs_AreUnicodeLowercaseMappings()
        {
            RequireUnicodeData();
            var pairs = TextFoldingTable.CasePairs;

            var wrong = Enumerable.Range(0, pairs.Length / 2)
                .Where(index => char.ToLowerInvariant(pairs[2 * index]) != pairs[(2 * index) + 1])
                .Select(index => pairs.Substring(2 * index, 2));

            Assert.AreEqual(string.Empty, string.Join(" ", wrong));
        }

        [TestMethod]
        public void AccentGroups_AreBaseLettersOfCanonicalDecompositions()
        {
            RequireUnicodeData();

            var wrong = TextFoldingTable.AccentGroups
                .SelectMany(group => group.Skip(1).Where(letter => BaseLetter(letter) != group[0]).Select(letter => $"{letter}->{group[0]}"));

            Assert.AreEqual(string.Empty, string.Join(" ", wrong));
        }

        private static char BaseLetter(char letter)
        {
            var lower = char.ToLowerInvariant(letter).ToString();
            var stripped = new string(lower.Normalize(NormalizationForm.FormD)
                .Where(character => CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark).ToArray());
            return stripped.Length == 1 ? char.ToLowerInvariant(stripped[0]) : lower[0];
        }

        // Under DOTNET_SYSTEM_GLOBALIZATION_INVARIANT the runtime cannot decompose: the table is what makes the emulator
        // independent of that, and only this check of its derivation needs the data.
        private static void RequireUnicodeData()
        {
            if ("é".Normalize(NormalizationForm.FormD).Length != 2)
            {
                Assert.Inconclusive("Skipped: this runtime has no Unicode normalization data (invariant globalization), which this check compares with.");
            }
        }
    }
}
