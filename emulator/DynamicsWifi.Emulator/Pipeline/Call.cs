using System;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>Where a message comes from: the user it runs as, its depth (1 for a caller's own request), the context
    /// of the plug-in whose service call sent it (none for a caller's), the transaction it joins (none: it begins its
    /// own after PreValidation, as a first operation does), and the top-level request it belongs to.</summary>
    internal sealed class Call
    {
        private Call(Guid callerId, int depth, IPluginExecutionContext? parent, Transaction? transaction, RequestScope request)
        {
            CallerId = callerId;
            Depth = depth;
            Parent = parent;
            Transaction = transaction;
            Request = request;
        }

        public Guid CallerId { get; }

        public int Depth { get; }

        public IPluginExecutionContext? Parent { get; }

        /// <summary>The open transaction the message runs in; null when none is open yet.</summary>
        public Transaction? Transaction { get; }

        public RequestScope Request { get; }

        /// <summary>A caller's own request (depth 1), in the given transaction or none.</summary>
        public static Call TopLevel(Guid callerId, RequestScope request, Transaction? transaction = null) =>
            new(callerId, 1, null, transaction, request);

        /// <summary>A service call a plug-in makes: one level deeper, in the transaction its step runs in (none for an
        /// asynchronous step or the PreValidation step of a first operation).</summary>
        public Call FromPlugin(Guid userId, IPluginExecutionContext context) => new(userId, context.Depth + 1, context, Transaction, Request);

        /// <summary>The same call, running in <paramref name="transaction"/>.</summary>
        public Call In(Transaction? transaction) => new(CallerId, Depth, Parent, transaction, Request);
    }
}
