using System;

namespace DynamicsWifi.Plugins.Consent
{
    /// <summary>One row of the consent ledger (cr_wificonsentchange): what changed, for whom, where, and how its
    /// delivery to the platform stands.</summary>
    public sealed class ConsentChange
    {
        public Guid Id { get; set; }

        /// <summary>The platform's event id, or one Dynamics gives; the webhook's Idempotency-Key.</summary>
        public string EventId { get; set; } = string.Empty;

        public Guid? ContactId { get; set; }

        public string? GuestId { get; set; }

        /// <summary>Kept only when there is no guest id, so the platform can still find its guest.</summary>
        public string? IdentityKey { get; set; }

        public string Channel { get; set; } = ConsentChannel.Email;

        public bool Granted { get; set; }

        public DateTime ChangedOn { get; set; }

        public int Source { get; set; }

        /// <summary>The portal's consent channel, or the Dynamics user's id: never an email or a phone.</summary>
        public string? Evidence { get; set; }

        public int Status { get; set; }

        public int Attempts { get; set; }

        /// <summary>The ledger row's display name: "email revoked in Dynamics".</summary>
        public string Title =>
            Channel + (Granted ? " granted" : " revoked") + (Source == ConsentSource.Portal ? " at the portal" : " in Dynamics");

        /// <summary>A change made in Dynamics, to be sent to the platform under a new event id.</summary>
        public static ConsentChange MadeInDynamics(Guid contactId, string? guestId, string? identityKey, ChannelChange change, DateTime changedOn, Guid userId) => new ConsentChange
        {
            EventId = Guid.NewGuid().ToString("D"),
            ContactId = contactId,
            GuestId = guestId,
            IdentityKey = guestId == null ? identityKey : null,
            Channel = change.Channel,
            Granted = change.Granted,
            ChangedOn = changedOn,
            Source = ConsentSource.Dynamics,
            Evidence = "systemuser " + userId.ToString("D"),
            Status = DeliveryStatus.Pending,
        };

        /// <summary>A channel a login's consent statement flipped (CanReceiveEmail with its timestamp), under a new event id
        /// and the guest id the contact held before the statement: written by the consent step for a single login, by
        /// the batch recording itself for its logins, under the same rule.</summary>
        public static ConsentChange StatedAtLogin(Guid contactId, string? heldGuestId, ChannelChange change, DateTime statedOn, string? evidence) =>
            FromPlatform(Guid.NewGuid().ToString("D"), contactId, heldGuestId, change.Channel, change.Granted, statedOn, evidence, applied: true);

        /// <summary>A change the platform stated (a login's consent, or cr_UpdateWifiConsent): recorded, never sent back.</summary>
        public static ConsentChange FromPlatform(string eventId, Guid contactId, string? guestId, string channel, bool granted, DateTime statedOn, string? evidence, bool applied) => new ConsentChange
        {
            EventId = eventId,
            ContactId = contactId,
            GuestId = guestId,
            Channel = channel,
            Granted = granted,
            ChangedOn = statedOn,
            Source = ConsentSource.Portal,
            Evidence = evidence,
            Status = applied ? DeliveryStatus.NotNeeded : DeliveryStatus.Ignored,
        };
    }
}
