using System;

namespace DynamicsWifi.Scenarios.Tests.Consent
{
    /// <summary>How the test receiver answers one delivery: a status, after a delay, or by dropping the connection
    /// (what the plug-in sees when the receiver is down).</summary>
    internal sealed record Reply(int Status, TimeSpan Delay, bool Drop)
    {
        public static Reply Ok { get; } = new(200, TimeSpan.Zero, false);

        public static Reply Down { get; } = new(0, TimeSpan.Zero, true);

        public static Reply WithStatus(int status) => new(status, TimeSpan.Zero, false);

        /// <summary>Answers 200 only after the plug-in's timeout: the plug-in has given up by then.</summary>
        public static Reply AfterTimeout { get; } = new(200, TimeSpan.FromSeconds(12), false);
    }
}
