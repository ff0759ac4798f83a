using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Emulator.Transactions;

namespace DynamicsWifi.Emulator.Service
{
    /// <summary>One top-level request and everything it triggers: one transaction, and the service calls made in it.</summary>
    internal sealed class ExecutionScope
    {
        private readonly List<ServiceCall> _calls = new();

        public ExecutionScope(Transaction transaction, Guid initiatingUserId)
        {
            Transaction = transaction;
            InitiatingUserId = initiatingUserId;
        }

        public Transaction Transaction { get; }

        /// <summary>The user whose request started it all; plug-ins may run as someone else.</summary>
        public Guid InitiatingUserId { get; }

        public IReadOnlyList<ServiceCall> Calls => _calls;

        public void Record(ServiceCall call) => _calls.Add(call);

        public RequestRecord ToRecord(bool succeeded) =>
            new RequestRecord(InitiatingUserId, _calls.ToArray(), Transaction.RowsRead, Transaction.RowsWritten, succeeded);
    }
}
