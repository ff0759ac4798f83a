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
    /// operation, and the entrance to send a further message through (Upsert becoming Create, CreateMultiple's items).</summary>
    internal sealed class MessageContext
    {
        public MessageContext(
            Transaction transaction,
            MetadataCatalog catalog,
            Guid callerId,
            IAccessControl access,
            DateTime utcNow,
            Func<OrganizationRequest, OrganizationResponse> send,
            int depth = 1)
        {
            Depth = depth;
            Transaction = transaction;
            Access = access;
            Catalog = catalog;
            CallerId = callerId;
            UtcNow = utcNow;
            Send = send;
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

        public QueryContext QueryContext => new QueryContext(CallerId, UtcNow);
    }
}
