using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.AsyncQueue;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Emulator.Transactions;

namespace DynamicsWifi.Emulator.Service
{
    /// <summary>One top-level request and everything it triggers: one transaction, and the service calls made in it.</summary>
    internal sealed class ExecutionScope
    {
        private readonly List<ServiceCall> _calls = new();
        private readonly List<AsyncJob> _asyncJobs = new();

        public ExecutionScope(Transaction transaction, Guid initiatingUserId)
        {
            Transaction = transaction;
            InitiatingUserId = initiatingUserId;
        }

        public Transaction Transaction { get; }

        /// <summary>The user whose request started it all; plug-ins may run as someone else.</summary>
        public Guid InitiatingUserId { get; }

        /// <summary>Ties together every plug-in execution the request causes, asynchronous ones included.</summary>
        public Guid CorrelationId { get; init; } = Guid.NewGuid();

        public IReadOnlyList<ServiceCall> Calls => _calls;

        /// <summary>Asynchronous steps due once the transaction commits; dropped if it rolls back.</summary>
        public IReadOnlyList<AsyncJob> AsyncJobs => _asyncJobs;

        public void Record(ServiceCall call) => _calls.Add(call);

        public void Queue(AsyncJob job) => _asyncJobs.Add(job);

        public RequestRecord ToRecord(bool succeeded) =>
            new RequestRecord(InitiatingUserId, _calls.ToArray(), Transaction.RowsRead, Transaction.RowsWritten, succeeded);
    }
}
