using System;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>One page of the repair: contacts recalculated and corrected, whether more remain, and the contact to continue after.</summary>
    public sealed class RepairPage
    {
        public RepairPage(int recalculated, int changed, bool moreRecords, Guid? continueAfter)
        {
            Recalculated = recalculated;
            Changed = changed;
            MoreRecords = moreRecords;
            ContinueAfter = continueAfter;
        }

        public int Recalculated { get; }

        public int Changed { get; }

        public bool MoreRecords { get; }

        public Guid? ContinueAfter { get; }
    }
}
