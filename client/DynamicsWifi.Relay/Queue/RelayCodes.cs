namespace DynamicsWifi.Relay.Queue
{
    /// <summary>Dead-letter codes the relay gives itself; every other code is Dataverse's (WIFI_...).</summary>
    public static class RelayCodes
    {
        /// <summary>The event was sent in more batches than the relay allows and never got an outcome.</summary>
        public const string AttemptsExhausted = "RELAY_ATTEMPTS_EXHAUSTED";

        /// <summary>A Service Bus message on the relay's queue that the relay did not write (not a queued login).</summary>
        public const string NotAnEvent = "RELAY_NOT_AN_EVENT";
    }
}
