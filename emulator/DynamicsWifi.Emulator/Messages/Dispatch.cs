namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>How a message a handler sends to carry out its own runs.</summary>
    internal enum Dispatch
    {
        /// <summary>Part of the sending operation: its transaction, caller and rights (Upsert's Create, a bulk message's
        /// items, ExecuteTransaction's requests).</summary>
        Joined,

        /// <summary>Part of the sending operation, with the platform's rights: no privilege is checked (cascades).</summary>
        JoinedWithPlatformRights,

        /// <summary>A request of its own from the same caller: in the transaction the caller's call joined (a plug-in's),
        /// else in one of its own (ExecuteMultiple's requests).</summary>
        Separate,
    }
}
