using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Scenarios.Tests.Consent
{
    /// <summary>One test's consent webhook on the shared receiver: its URL (a DNS host name, as the sandbox requires),
    /// the replies it will give in order (then 200), and the deliveries it got.</summary>
    internal sealed class Inbox
    {
        private readonly ConcurrentQueue<Reply> _replies = new();
        private readonly ConcurrentQueue<Delivery> _deliveries = new();

        public Inbox(string id)
        {
            Id = id;
        }

        public string Id { get; }

        public string Url => "http://" + ConsentReceiver.HostName + "/hooks/" + Id;

        public IReadOnlyList<Delivery> Deliveries => _deliveries.ToList();

        public IReadOnlyList<Delivery> Accepted => Deliveries.Where(delivery => delivery.Accepted).ToList();

        public Inbox Then(params Reply[] replies)
        {
            foreach (var reply in replies)
            {
                _replies.Enqueue(reply);
            }

            return this;
        }

        public Inbox DownFor(int deliveries) => Then(Enumerable.Repeat(Reply.Down, deliveries).ToArray());

        internal Reply NextReply() => _replies.TryDequeue(out var reply) ? reply : Reply.Ok;

        internal void Record(Delivery delivery) => _deliveries.Enqueue(delivery);
    }
}
