using System.Threading.Tasks;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Client.Batching
{
    /// <summary>A login handed to the sender, waiting for its final result.</summary>
    internal sealed class PendingLogin
    {
        public PendingLogin(GuestEvent login)
        {
            Login = login;
        }

        public GuestEvent Login { get; }

        public TaskCompletionSource<EventResult> Result { get; } = new TaskCompletionSource<EventResult>(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
