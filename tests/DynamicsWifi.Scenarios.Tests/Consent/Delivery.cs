using System.Collections.Generic;

namespace DynamicsWifi.Scenarios.Tests.Consent
{
    /// <summary>One POST the test receiver got, and the status it answered (0: it dropped the connection).</summary>
    internal sealed record Delivery(IReadOnlyDictionary<string, string> Headers, string Body, int Answered)
    {
        public string IdempotencyKey => Headers.TryGetValue("Idempotency-Key", out var key) ? key : string.Empty;

        public bool Accepted => Answered >= 200 && Answered < 300;
    }
}
