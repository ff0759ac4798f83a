namespace DynamicsWifi.Emulator.Transactions
{
    internal enum TransactionState
    {
        /// <summary>Open: reads and writes allowed.</summary>
        Active,

        /// <summary>Committed: its writes are the committed state.</summary>
        Committed,

        /// <summary>Rolled back by its owner: it left no trace.</summary>
        RolledBack,

        /// <summary>Ended by a failed operation: rolled back at once, as Dataverse ends the SQL transaction even when
        /// the plug-in catches the fault (DATAVERSE-FACTS.md 2.2). Every later call fails.</summary>
        Doomed,
    }
}
