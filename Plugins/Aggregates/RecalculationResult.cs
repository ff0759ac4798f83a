using System;

namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>What one repair call did: contacts recalculated, how many of them changed, whether contacts remain, and the
    /// contact after which the next call continues.</summary>
    public sealed class RecalculationResult
    {
        public RecalculationResult(int recalculated, int changed, Guid? continueAfter, bool moreRemain)
        {
            Recalculated = recalculated;
            Changed = changed;
            ContinueAfter = continueAfter;
            MoreRemain = moreRemain;
        }

        public int Recalculated { get; }

        public int Changed { get; }

        public Guid? ContinueAfter { get; }

        /// <summary>Contacts remain: the time budget ran out before every contact given was done, or more pages follow.</summary>
        public bool MoreRemain { get; }
    }
}
