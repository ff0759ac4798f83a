using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Emulator.Transactions;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>One top-level request and everything it causes: who started it, the correlation id every plug-in
    /// execution it causes shares (asynchronous ones included), its service calls, and the rows read and written by the
    /// transactions it ran (the main one, and those of calls made outside any transaction).</summary>
    internal sealed class RequestScope
    {
        private readonly List<ServiceCall> _calls = new();
        private long _rowsRead;
        private long _rowsWritten;

        public RequestScope(Guid initiatingUserId, Guid? correlationId = null)
        {
            InitiatingUserId = initiatingUserId;
            CorrelationId = correlationId ?? Guid.NewGuid();
        }

        /// <summary>The user whose request started it all; plug-ins may run as someone else.</summary>
        public Guid InitiatingUserId { get; }

        public Guid CorrelationId { get; }

        public void Record(ServiceCall call) => _calls.Add(call);

        /// <summary>Adds what a transaction of this request read and wrote, once it has ended.</summary>
        public void Count(Transaction transaction)
        {
            _rowsRead += transaction.RowsRead;
            _rowsWritten += transaction.RowsWritten;
        }

        public RequestRecord ToRecord(bool succeeded) => new(InitiatingUserId, _calls.ToArray(), _rowsRead, _rowsWritten, succeeded);
    }
}
