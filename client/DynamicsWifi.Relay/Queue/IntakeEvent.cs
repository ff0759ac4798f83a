using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>One item of a webhook's body as the intake read it: a login to record, or the reason it can never be one
    /// (a field that is not of its type, an unknown field), which the queue dead-letters at once with the same code the
    /// batch API would give. <see cref="Json"/> is the item as posted, kept with a dead letter so it can be resent.</summary>
    public sealed class IntakeEvent
    {
        private IntakeEvent(GuestEvent? login, EventError? refusal, string json)
        {
            Login = login;
            Refusal = refusal;
            Json = json;
        }

        public GuestEvent? Login { get; }

        public EventError? Refusal { get; }

        public string Json { get; }

        public static IntakeEvent Readable(GuestEvent login, string json) => new IntakeEvent(login, null, json);

        public static IntakeEvent Refused(EventError refusal, string json) => new IntakeEvent(null, refusal, json);
    }
}
