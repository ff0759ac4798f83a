using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>Create: a new row with the caller's id or a new one (an empty id counts as none, as in Dataverse), the
    /// platform's own columns stamped (learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create).</summary>
    internal sealed class CreateHandler : IMessageHandler
    {
        public string MessageName => "Create";

        public string TableOf(OrganizationRequest request) => RequestParameters.Peek<Entity>(request, "Target")?.LogicalName ?? string.Empty;

        public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
        {
            var target = RequestParameters.Required<Entity>(request, "Target");
            var table = context.Catalog.GetTable(target.LogicalName);
            var values = AttributeValues.ForCreate(context, table, target);
            var id = target.Id != Guid.Empty ? target.Id
                : values.TryGetValue(table.PrimaryIdAttribute, out var given) && given is Guid givenId && givenId != Guid.Empty ? givenId
                : Guid.NewGuid();

            values[table.PrimaryIdAttribute] = id;
            RowStamps.OnCreate(context, table, values);
            RowStamps.ComposeFullName(table, new Dictionary<string, object?>(), values);
            context.Access.EnsureCanCreate(table, values);
            context.Transaction.Insert(new Row(table.LogicalName, id, new ReadOnlyDictionary<string, object?>(values), 0));

            return new CreateResponse { Results = { ["id"] = id } };
        }
    }
}
