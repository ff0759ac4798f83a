namespace DynamicsWifi.Plugins.Ingest.Json
{
    /// <summary>A position in JSON text being read, and the refusals that name it (never the text).</summary>
    internal sealed class JsonCursor
    {
        public JsonCursor(string text)
        {
            Text = text;
        }

        public string Text { get; }

        public int Position { get; set; }

        public bool AtEnd => Position >= Text.Length;

        public char Current => Text[Position];

        public void SkipWhitespace()
        {
            while (!AtEnd && (Current == ' ' || Current == '\t' || Current == '\n' || Current == '\r'))
            {
                Position++;
            }
        }

        public bool TryConsume(char expected)
        {
            if (!AtEnd && Current == expected)
            {
                Position++;
                return true;
            }

            return false;
        }

        public void Expect(char expected)
        {
            if (!TryConsume(expected))
            {
                throw Error(AtEnd ? "unexpected end of text" : "expected '" + expected + "'");
            }
        }

        public JsonSyntaxException Error(string problem) => new JsonSyntaxException(Position, problem);
    }
}
