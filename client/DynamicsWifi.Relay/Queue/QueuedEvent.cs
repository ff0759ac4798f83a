using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>A login waiting in the queue, with how many batches it has been sent in.</summary>
    public sealed class QueuedEvent
    {
        public QueuedEvent(GuestEvent login, int attempts)
        {
            Login = login;
            Attempts = attempts;
        }

        public GuestEvent Login { get; }

        public int Attempts { get; }
    }
}
