using DynamicsWifi.Client.Model;
using DynamicsWifi.Relay.Queue;

namespace DynamicsWifi.Relay.Tests
{
    /// <summary>What the drainer hands a queue after sending a batch of three, for the queues' settlement tests.</summary>
    internal static class Settlements
    {
        /// <summary>Event 0 recorded, event 1 dead-lettered as WIFI_INVALID_EMAIL on Email, event 2 to be retried.</summary>
        public static BatchSettlement OneOfEach()
        {
            var settlement = new BatchSettlement();
            settlement.Recorded.Add(0);
            settlement.DeadLettered.Add(new IndexedError(1, new EventError("WIFI_INVALID_EMAIL", "Email", "Email is not a valid email address.")));
            settlement.Retried.Add(2);
            return settlement;
        }
    }
}
