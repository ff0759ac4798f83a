using System;

namespace DynamicsWifi.Plugins.Ingest.Json
{
    /// <summary>Text that is not JSON we accept. The message gives the position and the rule broken, never the text
    /// itself: the input holds guests' emails and phones.</summary>
    public sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(int position, string problem)
            : base("not valid JSON at character " + position + ": " + problem)
        {
            Position = position;
            Problem = problem;
        }

        public int Position { get; }

        public string Problem { get; }
    }
}
