using System;

namespace DynamicsWifi.Plugins.Identity
{
    /// <summary>What to do with a contact's identity key, and why, in words fit for the trace log (no PII).</summary>
    public sealed class IdentityKeyDecision
    {
        private IdentityKeyDecision(bool changesKey, IdentityKey? newKey, string reason, Guid? heldByContactId)
        {
            ChangesKey = changesKey;
            NewKey = newKey;
            Reason = reason;
            HeldByContactId = heldByContactId;
        }

        /// <summary>Whether the key column must be written; when true, NewKey null means clear it.</summary>
        public bool ChangesKey { get; }

        public IdentityKey? NewKey { get; }

        public string Reason { get; }

        /// <summary>The other contact that already holds the key this contact's identity gives, if that is why.</summary>
        public Guid? HeldByContactId { get; }

        public static IdentityKeyDecision Keep(string reason) => new IdentityKeyDecision(false, null, reason, null);

        public static IdentityKeyDecision Set(IdentityKey key, string reason) => new IdentityKeyDecision(true, key, reason, null);

        public static IdentityKeyDecision Clear(string reason) => new IdentityKeyDecision(true, null, reason, null);

        public static IdentityKeyDecision HeldByAnother(Guid holder, bool clearOwnKey) =>
            new IdentityKeyDecision(
                clearOwnKey,
                null,
                clearOwnKey
                    ? "identity key held by contact " + holder + ": this contact's stale key cleared, not taken (duplicates to merge)"
                    : "identity key held by contact " + holder + ": not taken (duplicates to merge)",
                holder);
    }
}
