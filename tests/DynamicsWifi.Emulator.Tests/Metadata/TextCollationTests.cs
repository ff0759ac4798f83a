using DynamicsWifi.Emulator.Metadata;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Metadata
{
    /// <summary>The organization's text comparison, from our own folding table, so these hold with or without the runtime's
    /// culture data (.ci/run runs them again under DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1).</summary>
    [TestClass]
    public sealed class TextCollationTests
    {
        private static readonly TextCollation Insensitive = TextCollation.CaseAndAccentInsensitive;
        private static readonly TextCollation AccentSensitive = TextCollation.CaseInsensitiveAccentSensitive;

        [TestMethod]
        [DataRow("Café", "CAFE")]
        [DataRow("Ångström", "angstrom")]
        [DataRow("ŁÓDŹ", "łodz")]
        [DataRow("Ἀθῆναι", "αθηναι")]
        [DataRow("ЁЛКА", "елка")]
        [DataRow("Nguyễn", "NGUYEN")]
        public void EnglishCollation_IgnoresCaseAndAccents(string left, string right)
        {
            Assert.IsTrue(Insensitive.AreEqual(left, right));
            Assert.AreEqual(Insensitive.GetHashCode(left), Insensitive.GetHashCode(right));
        }

        [TestMethod]
        public void DecomposedAccent_EqualsThePrecomposedLetter()
        {
            Assert.IsTrue(Insensitive.AreEqual("cafe\u0301", "café"));
        }

        [TestMethod]
        public void AccentSensitiveCollation_IgnoresCaseOnly()
        {
            Assert.IsTrue(AccentSensitive.AreEqual("CAFÉ", "café"));
            Assert.IsFalse(AccentSensitive.AreEqual("Café", "Cafe"));
        }

        [TestMethod]
        public void TrailingSpaces_AreIgnoredButLeadingOnesAreNot()
        {
            Assert.IsTrue(Insensitive.AreEqual("abc  ", "ABC"));
            Assert.IsFalse(Insensitive.AreEqual(" abc", "abc"));
        }

        [TestMethod]
        public void Ordering_FollowsTheFoldedLetters()
        {
            var names = new[] { "fig", "Éclair", "date", "Apple", "banana" };

            System.Array.Sort(names, Insensitive.Compare);

            CollectionAssert.AreEqual(new[] { "Apple", "banana", "date", "Éclair", "fig" }, names);
        }

        [TestMethod]
        public void Expansions_AreNotModelled()
        {
            Assert.IsFalse(Insensitive.AreEqual("straße", "strasse"));
            Assert.IsFalse(Insensitive.AreEqual("Æsir", "aesir"));
        }

        [TestMethod]
        public void Fold_IsWhatEqualityCompares()
        {
            Assert.AreEqual("creme brulee", Insensitive.Fold("Crème Brûlée  "));
        }
    }
}
