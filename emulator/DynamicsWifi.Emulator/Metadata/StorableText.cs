namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>The characters a text column can hold: those XML 1.0 allows (tab, line feed, carriage return, U+0020 to
    /// U+D7FF, U+E000 to U+FFFD, and surrogates only in pairs). Dataverse's organization service carries every value in
    /// XML, so it cannot receive NUL, other control characters or an unpaired surrogate; refusing them on write keeps
    /// them out of everything later written as XML, such as paging cookies.</summary>
    internal static class StorableText
    {
        /// <summary>The position of the first character that cannot be stored, or -1 when all can.</summary>
        public static int FirstInvalid(string text)
        {
            for (var index = 0; index < text.Length; index++)
            {
                var character = text[index];
                if (char.IsHighSurrogate(character))
                {
                    if (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
                    {
                        index++;
                        continue;
                    }

                    return index;
                }

                if (!IsAllowedSingle(character))
                {
                    return index;
                }
            }

            return -1;
        }

        private static bool IsAllowedSingle(char character) =>
            character is '\t' or '\n' or '\r'
            || (character >= '\u0020' && character <= '\uD7FF')
            || (character >= '\uE000' && character <= '\uFFFD');
    }
}
