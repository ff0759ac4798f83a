namespace DynamicsWifi.Plugins.Consent
{
    /// <summary>How one POST to the consent webhook ended: delivered (2xx), transient (timeout, no connection, 408,
    /// 429, 5xx: worth retrying) or refused (any other status: retrying changes nothing). The reason names a status
    /// or a failure kind, never the receiver's body (it may echo personal data).</summary>
    public sealed class DeliveryOutcome
    {
        private DeliveryOutcome(DeliveryOutcomeKind kind, string reason)
        {
            Kind = kind;
            Reason = reason;
        }

        public DeliveryOutcomeKind Kind { get; }

        public string Reason { get; }

        public static DeliveryOutcome Transient(string reason) => new DeliveryOutcome(DeliveryOutcomeKind.Transient, reason);

        /// <summary>The outcome an HTTP status code means.</summary>
        public static DeliveryOutcome OfStatus(int status, string? reasonPhrase)
        {
            var reason = "HTTP " + status + (string.IsNullOrEmpty(reasonPhrase) ? string.Empty : " " + reasonPhrase);
            if (status >= 200 && status < 300)
            {
                return new DeliveryOutcome(DeliveryOutcomeKind.Delivered, reason);
            }

            return status == 408 || status == 429 || status >= 500
                ? new DeliveryOutcome(DeliveryOutcomeKind.Transient, reason)
                : new DeliveryOutcome(DeliveryOutcomeKind.Refused, reason);
        }
    }
}
