using System;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>Where a message comes from: the user it runs as, its depth (1 for a caller's own request), the context
    /// of the plug-in or the operation that sent it (none for a caller's), the transaction it joins (none: it begins its
    /// own after PreValidation, as a first operation does), and the top-level request it belongs to. A message an
    /// operation's handler sends to carry that operation out also names the request it carries out, and may run with the
    /// platform's rights (a cascade).</summary>
    internal sealed class Call
    {
        private Call(
            Guid callerId,
            int depth,
            IPluginExecutionContext? parent,
            Transaction? transaction,
            RequestScope request,
            OrganizationRequest? carriedOut = null,
            bool hasPlatformRights = false)
        {
            CallerId = callerId;
            Depth = depth;
            Parent = parent;
            Transaction = transaction;
            Request = request;
            CarriedOut = carriedOut;
            HasPlatformRights = hasPlatformRights;
        }

        public Guid CallerId { get; }

        public int Depth { get; }

        public IPluginExecutionContext? Parent { get; }

        /// <summary>The open transaction the message runs in; null when none is open yet.</summary>
        public Transaction? Transaction { get; }

        public RequestScope Request { get; }

        /// <summary>The request whose handler sent this message to carry it out (Upsert for its Create, Delete for a
        /// cascade); null for a caller's or a plug-in's call.</summary>
        public OrganizationRequest? CarriedOut { get; }

        /// <summary>Whether the message runs with the platform's rights: no privilege is checked, as for a cascade.</summary>
        public bool HasPlatformRights { get; }

        /// <summary>A caller's own request (depth 1), in the given transaction or none.</summary>
        public static Call TopLevel(Guid callerId, RequestScope request, Transaction? transaction = null) =>
            new(callerId, 1, null, transaction, request);

        /// <summary>A service call a plug-in makes: one level deeper, in the transaction its step runs in (none for an
        /// asynchronous step or the PreValidation step of a first operation), with the user's own rights.</summary>
        public Call FromPlugin(Guid userId, IPluginExecutionContext context) => new(userId, context.Depth + 1, context, Transaction, Request);

        /// <summary>A message the handler of <paramref name="outer"/> sends to carry it out: same caller and depth, the
        /// outer operation as its parent context (learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext.parentcontext:
        /// a request the platform generates to complete another has that one's context as parent).</summary>
        public Call CarryingOut(OrganizationRequest outer, IPluginExecutionContext outerContext, Transaction? transaction, bool platformRights) =>
            new(CallerId, Depth, outerContext, transaction, Request, outer, platformRights);

        /// <summary>The same call, running in <paramref name="transaction"/>.</summary>
        public Call In(Transaction? transaction) => new(CallerId, Depth, Parent, transaction, Request, CarriedOut, HasPlatformRights);
    }
}
