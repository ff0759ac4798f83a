using System;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>An Azure Service Bus queue shared by several relays. The connection string comes from the environment
    /// (WIFI_RELAY_SERVICEBUS), never a command line. Set the queue's own MaxDeliveryCount above
    /// <see cref="MaxAttempts"/> so the relay, not Service Bus, dead-letters with a reason.</summary>
    public sealed class ServiceBusQueueOptions
    {
        public string ConnectionString { get; set; } = string.Empty;

        public string QueueName { get; set; } = "wifi-logins";

        public int MaxAttempts { get; set; } = 10;

        /// <summary>How long a receive waits for the first message when the queue is empty.</summary>
        public TimeSpan ReceiveWait { get; set; } = TimeSpan.FromSeconds(1);
    }
}
