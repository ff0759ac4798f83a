using System;
using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>A SQL LIKE pattern, as Dataverse passes it to SQL Server: % any run of characters, _ one character,
    /// [abc] / [a-z] one character of a set, [^...] one character outside it; a wildcard is taken literally inside
    /// brackets ([%], [_], [[]), as Dataverse documents (learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters).
    /// A [ with no closing ] is a literal [; an empty set [] and a reversed range [z-a] match no character, as SQL
    /// Server's do. Matching keeps the last % it passed and never goes further back, so it takes at most
    /// pattern length times text length steps whatever the pattern: no pattern can hang a query.</summary>
    internal sealed class LikePattern
    {
        private readonly IReadOnlyList<Element> _elements;

        private LikePattern(IReadOnlyList<Element> elements)
        {
            _elements = elements;
        }

        /// <summary>Reads a pattern already folded by the organization's collation.</summary>
        public static LikePattern Parse(string pattern)
        {
            var elements = new List<Element>();
            for (var index = 0; index < pattern.Length; index++)
            {
                var character = pattern[index];
                switch (character)
                {
                    case '%':
                        if (elements.Count == 0 || elements[elements.Count - 1].Kind != ElementKind.AnyRun)
                        {
                            elements.Add(Element.AnyRun);
                        }

                        break;
                    case '_':
                        elements.Add(Element.AnyOne);
                        break;
                    case '[':
                        var close = pattern.IndexOf(']', index + 1);
                        if (close < 0)
                        {
                            elements.Add(Element.Literal(character));
                            break;
                        }

                        elements.Add(Element.Set(pattern.Substring(index + 1, close - index - 1)));
                        index = close;
                        break;
                    default:
                        elements.Add(Element.Literal(character));
                        break;
                }
            }

            return new LikePattern(elements);
        }

        /// <summary>Whether the whole of <paramref name="text"/> (folded as the pattern was) matches.</summary>
        public bool IsMatch(string text)
        {
            var position = 0;
            var element = 0;
            var resumeElement = -1;
            var resumePosition = 0;
            while (position < text.Length)
            {
                if (element < _elements.Count && _elements[element].Kind == ElementKind.AnyRun)
                {
                    // Let the run take nothing for now; on a mismatch it takes one more character and the rest is retried.
                    resumeElement = ++element;
                    resumePosition = position;
                }
                else if (element < _elements.Count && _elements[element].Matches(text[position]))
                {
                    element++;
                    position++;
                }
                else if (resumeElement >= 0)
                {
                    element = resumeElement;
                    position = ++resumePosition;
                }
                else
                {
                    return false;
                }
            }

            while (element < _elements.Count && _elements[element].Kind == ElementKind.AnyRun)
            {
                element++;
            }

            return element == _elements.Count;
        }

        private enum ElementKind
        {
            AnyRun,
            AnyOne,
            Literal,
            Set,
        }

        /// <summary>One position of the pattern.</summary>
        private sealed class Element
        {
            public static readonly Element AnyRun = new(ElementKind.AnyRun, '\0', Array.Empty<(char, char)>(), false);

            public static readonly Element AnyOne = new(ElementKind.AnyOne, '\0', Array.Empty<(char, char)>(), false);

            private readonly char _literal;
            private readonly IReadOnlyList<(char Low, char High)> _ranges;
            private readonly bool _negated;

            private Element(ElementKind kind, char literal, IReadOnlyList<(char Low, char High)> ranges, bool negated)
            {
                Kind = kind;
                _literal = literal;
                _ranges = ranges;
                _negated = negated;
            }

            public ElementKind Kind { get; }

            public static Element Literal(char character) => new(ElementKind.Literal, character, Array.Empty<(char, char)>(), false);

            /// <summary>The inside of [...]: single characters and ranges a-z; a leading ^ negates; a - first or last is itself.</summary>
            public static Element Set(string inside)
            {
                var negated = inside.StartsWith('^');
                var body = negated ? inside.Substring(1) : inside;
                var ranges = new List<(char, char)>();
                for (var index = 0; index < body.Length; index++)
                {
                    if (index + 2 < body.Length && body[index + 1] == '-')
                    {
                        ranges.Add((body[index], body[index + 2]));
                        index += 2;
                    }
                    else
                    {
                        ranges.Add((body[index], body[index]));
                    }
                }

                return new Element(ElementKind.Set, '\0', ranges, negated);
            }

            public bool Matches(char character)
            {
                switch (Kind)
                {
                    case ElementKind.AnyOne:
                        return true;
                    case ElementKind.Literal:
                        return character == _literal;
                    case ElementKind.Set:
                        var inSet = false;
                        foreach (var (low, high) in _ranges)
                        {
                            if (character >= low && character <= high)
                            {
                                inSet = true;
                                break;
                            }
                        }

                        return inSet != _negated;
                    default:
                        return false;
                }
            }
        }
    }
}
