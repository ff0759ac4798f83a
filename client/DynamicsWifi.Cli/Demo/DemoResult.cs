using System;
using DynamicsWifi.Cli.Replay;

namespace DynamicsWifi.Cli.Demo
{
    /// <summary>What `wifi demo` did, beside what it printed: the day it generated, the replay's counts, what Dataverse
    /// holds afterwards, the consent step's fate and the wall time.</summary>
    public sealed class DemoResult
    {
        public DemoResult(DemoDay day, ReplaySummary replay, CrmSnapshot crm, string unsubscribe, TimeSpan elapsed)
        {
            Day = day;
            Replay = replay;
            Crm = crm;
            Unsubscribe = unsubscribe;
            Elapsed = elapsed;
        }

        public DemoDay Day { get; }

        public ReplaySummary Replay { get; }

        public CrmSnapshot Crm { get; }

        public string Unsubscribe { get; }

        public TimeSpan Elapsed { get; }
    }
}
