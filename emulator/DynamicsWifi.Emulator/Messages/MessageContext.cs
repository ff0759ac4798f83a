using System;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Query;
using DynamicsWifi.Emulator.Security;
using DynamicsWifi.Emulator.Store;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>What a message handler works with: the request's transaction, the metadata, the caller, the time of the
    /// operation, and the entrance to send a further message through (Upsert becoming Create, CreateMultiple's items).
    /// The platform's own writes (cascades, System Job rows, role assignments) work with a platform context: no
    /// privilege is checked and every column may be written, as Dataverse writes its own rows.</summary>
    internal sealed class MessageContext
    {
        public MessageContext(
            Transaction transaction,
            MetadataCatalog catalog,
            Guid callerId,
            IAccessControl access,
            DateTime utcNow,
            Func<OrganizationRequest, OrganizationResponse> send,
            int depth = 1,
            bool isPlatform = false)
        {
            Depth = depth;
            Transaction = transaction;
            Access = access;
            Catalog = catalog;
            CallerId = callerId;
            UtcNow = utcNow;
            Send = send;
            IsPlatform = isPlatform;
        }

        public Transaction Transaction { get; }

        public MetadataCatalog Catalog { get; }

        public Guid CallerId { get; }

        /// <summary>1 for a caller's own request; more when a plug-in's call made it.</summary>
        public int Depth { get; }

        /// <summary>What the caller may read and write.</summary>
        public IAccessControl Access { get; }

        /// <summary>The rows and columns the caller may read: what queries run over.</summary>
        public IRowSource Readable => Access.Readable(Transaction);

        /// <summary>When the operation started (UTC): createdon, modifiedon and the date operators of queries use it.</summary>
        public DateTime UtcNow { get; }

        /// <summary>Runs another message in the same transaction, as the same caller, through the same entrance.</summary>
        public Func<OrganizationRequest, OrganizationResponse> Send { get; }

        /// <summary>A write of the platform itself: no privilege checked, columns not valid for Create or Update written too.</summary>
        public bool IsPlatform { get; }

        public QueryContext QueryContext => new QueryContext(CallerId, UtcNow);

        /// <summary>The platform writing its own rows in <paramref name="transaction"/>, acting as <paramref name="actingUserId"/>
        /// (created and modified by).</summary>
        public static MessageContext ForPlatform(Transaction transaction, MetadataCatalog catalog, Guid actingUserId, DateTime utcNow) =>
            new(transaction, catalog, actingUserId, UnrestrictedAccess.Instance, utcNow, SendsNothing, isPlatform: true);

        /// <summary>The same operation carried on by the platform (a cascade): same caller, time and transaction, the
        /// platform's rights.</summary>
        public MessageContext WithPlatformRights() =>
            new(Transaction, Catalog, CallerId, UnrestrictedAccess.Instance, UtcNow, Send, Depth, isPlatform: true);

        private static OrganizationResponse SendsNothing(OrganizationRequest request) =>
            throw new InvalidOperationException("The platform's own writes send no message ('" + request.RequestName + "').");
    }
}
