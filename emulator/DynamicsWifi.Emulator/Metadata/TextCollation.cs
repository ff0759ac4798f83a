using System;

namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>How the organization compares text: its database collation, which Dataverse picks from the base
    /// language when the environment is created and never changes (learn.microsoft.com/power-platform/admin/language-collations).
    /// Every language is case-insensitive; English and most others are also accent-insensitive (_CI_AI), a few, such as
    /// Finnish, Swedish and Romanian, accent-sensitive (_CI_AS). The one comparison of the emulator for text: equality,
    /// like, ordering, alternate-key uniqueness and lookups by key.</summary>
    /// <remarks>
    /// Letters of Latin, Greek and Cyrillic (<see cref="TextFoldingTable"/>) fold to lowercase and, when accent-insensitive,
    /// to their base letter; combining accents (U+0300-U+036F) are then ignored; trailing spaces are ignored as SQL Server
    /// pads. Folded text compares ordinally, without the runtime's culture data. Not modelled: expansions SQL Server's
    /// collations make (ß and ss, æ and ae), letters without a canonical decomposition (ø, ł, đ stay themselves), other
    /// scripts (compared by code unit), width and kana insensitivity, and the weights SQL gives punctuation when sorting.
    /// </remarks>
    public sealed class TextCollation
    {
        // The folding tables reach U+1FFF; every character above folds to itself.
        private const int TableSize = 0x2000;
        private const char Dropped = '\uFFFF';

        private readonly char[] _fold;

        private TextCollation(string name, bool accentSensitive)
        {
            Name = name;
            AccentSensitive = accentSensitive;
            _fold = BuildTable(accentSensitive);
        }

        /// <summary>_CI_AI, the collation of an English (1033) base language and the default.</summary>
        public static TextCollation CaseAndAccentInsensitive { get; } = new TextCollation("CI_AI", accentSensitive: false);

        /// <summary>_CI_AS, the collation of accent-sensitive base languages (Finnish, Swedish, Romanian, ...).</summary>
        public static TextCollation CaseInsensitiveAccentSensitive { get; } = new TextCollation("CI_AS", accentSensitive: true);

        public string Name { get; }

        public bool AccentSensitive { get; }

        public override string ToString() => Name;

        /// <summary>The text as this collation sees it: equal folds are equal values, and folds order as the values do.</summary>
        internal string Fold(string text) => Fold(text, EndWithoutTrailingSpaces(text));

        /// <summary>Every character folded, trailing spaces kept: for like patterns, where SQL counts them.</summary>
        internal string FoldKeepingSpaces(string text) => Fold(text, text.Length);

        private string Fold(string text, int end)
        {
            var folded = new char[end];
            var length = 0;
            for (var index = 0; index < end; index++)
            {
                var character = FoldChar(text[index]);
                if (character != Dropped)
                {
                    folded[length++] = character;
                }
            }

            return new string(folded, 0, length);
        }

        internal bool AreEqual(string left, string right) => Compare(left, right) == 0;

        /// <summary>Orders two texts by their folds, without building them.</summary>
        internal int Compare(string left, string right)
        {
            int i = 0, j = 0, leftEnd = EndWithoutTrailingSpaces(left), rightEnd = EndWithoutTrailingSpaces(right);
            while (true)
            {
                var a = Next(left, ref i, leftEnd);
                var b = Next(right, ref j, rightEnd);
                if (a != b || a < 0)
                {
                    return a.CompareTo(b);
                }
            }
        }

        internal int GetHashCode(string text)
        {
            var hash = new HashCode();
            int index = 0, end = EndWithoutTrailingSpaces(text);
            for (var character = Next(text, ref index, end); character >= 0; character = Next(text, ref index, end))
            {
                hash.Add(character);
            }

            return hash.ToHashCode();
        }

        private static int EndWithoutTrailingSpaces(string text)
        {
            var end = text.Length;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            return end;
        }

        private static char[] BuildTable(bool accentSensitive)
        {
            var table = new char[TableSize];
            for (var index = 0; index < TableSize; index++)
            {
                table[index] = (char)index;
            }

            for (var index = 0; index < TextFoldingTable.CasePairs.Length; index += 2)
            {
                table[TextFoldingTable.CasePairs[index]] = TextFoldingTable.CasePairs[index + 1];
            }

            if (!accentSensitive)
            {
                foreach (var group in TextFoldingTable.AccentGroups)
                {
                    for (var index = 1; index < group.Length; index++)
                    {
                        table[group[index]] = group[0];
                    }
                }

                for (var mark = 0x0300; mark <= 0x036F; mark++)
                {
                    table[mark] = Dropped;
                }
            }

            return table;
        }

        private char FoldChar(char character) => character < TableSize ? _fold[character] : character;

        /// <summary>The next folded character from <paramref name="index"/>, skipping dropped ones; -1 at the end.</summary>
        private int Next(string text, ref int index, int end)
        {
            while (index < end)
            {
                var folded = FoldChar(text[index++]);
                if (folded != Dropped)
                {
                    return folded;
                }
            }

            return -1;
        }
    }
}
