using System;
using System.Collections.Generic;
using System.Net;
using DynamicsWifi.Relay.Draining;
using DynamicsWifi.Relay.Queue;

namespace DynamicsWifi.Relay.Hosting
{
    /// <summary>How to run a relay: where it listens (loopback unless told otherwise; put TLS in front of it), the
    /// webhook secrets, the largest body, the time zone of journey times without an offset, the queue (SQLite by default,
    /// Service Bus when <see cref="ServiceBus"/> is set) and the drainer.</summary>
    public sealed class RelayOptions
    {
        public IPAddress Address { get; set; } = IPAddress.Loopback;

        /// <summary>0 takes a free port.</summary>
        public int Port { get; set; } = 5090;

        /// <summary>Webhook signing secrets; more than one while a secret is being rotated.</summary>
        public IReadOnlyList<string> SigningSecrets { get; set; } = Array.Empty<string>();

        public long MaxBodyBytes { get; set; } = 1024 * 1024;

        public TimeZoneInfo JourneyTimeZone { get; set; } = TimeZoneInfo.Utc;

        public SqliteQueueOptions Sqlite { get; set; } = new SqliteQueueOptions();

        /// <summary>Azure Service Bus instead of the SQLite file (several relays sharing one queue).</summary>
        public ServiceBusQueueOptions? ServiceBus { get; set; }

        public DrainerOptions Drainer { get; set; } = new DrainerOptions();

        /// <summary>False runs intake only (several intake relays, one drainer elsewhere).</summary>
        public bool Drain { get; set; } = true;
    }
}
