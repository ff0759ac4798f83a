using System;

namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>What one repair call did: contacts recalculated, how many of them changed, and the last one, after which
    /// the next call continues.</summary>
    public sealed class RecalculationResult
    {
        public RecalculationResult(int recalculated, int changed, Guid? lastContactId, bool stoppedEarly)
        {
            Recalculated = recalculated;
            Changed = changed;
            LastContactId = lastContactId;
            StoppedEarly = stoppedEarly;
        }

        public int Recalculated { get; }

        public int Changed { get; }

        public Guid? LastContactId { get; }

        /// <summary>The time budget ran out before every contact given was done.</summary>
        public bool StoppedEarly { get; }
    }
}
