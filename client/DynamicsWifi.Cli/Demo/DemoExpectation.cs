using System.Collections.Generic;

namespace DynamicsWifi.Cli.Demo
{
    /// <summary>What replaying a generated day must produce, known from how it was generated: the contacts and sessions it
    /// holds, the session ends that update, the portal's repeats that change nothing, the malformed events by code.</summary>
    public sealed class DemoExpectation
    {
        public int Contacts { get; init; }

        public int Sessions { get; init; }

        public int Updated { get; init; }

        public int Unchanged { get; init; }

        public IReadOnlyDictionary<string, int> RejectedByCode { get; init; } = new Dictionary<string, int>();

        public int Events { get; init; }
    }
}
