using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>Upsert: the Target is found by its id, else by its alternate key; an existing row is updated (the key
    /// columns left out of the change), a missing one created with the key values copied into its columns. Either way
    /// it goes through the entrance as a Create or an Update, so the steps registered on those run, as on standard
    /// tables in Dataverse (learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record).</summary>
    internal sealed class UpsertHandler : IMessageHandler
    {
        public string MessageName => "Upsert";

        public string TableOf(OrganizationRequest request) => RequestParameters.Peek<Entity>(request, "Target")?.LogicalName ?? string.Empty;

        public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
        {
            var target = RequestParameters.Required<Entity>(request, "Target");
            var table = context.Catalog.GetTable(target.LogicalName);
            var existing = RowTargets.Find(context, table, target.Id, target.KeyAttributes);

            var change = new Entity(target.LogicalName) { RowVersion = target.RowVersion };
            if (existing != null)
            {
                change.Id = existing.Id;
                foreach (var attribute in target.Attributes)
                {
                    if (target.KeyAttributes == null || !target.KeyAttributes.Contains(attribute.Key))
                    {
                        change[attribute.Key] = attribute.Value;
                    }
                }

                context.Send(new UpdateRequest { Target = change });
                return Response(false, new EntityReference(table.LogicalName, existing.Id));
            }

            change.Id = target.Id;
            foreach (var attribute in target.Attributes)
            {
                change[attribute.Key] = attribute.Value;
            }

            foreach (var key in target.KeyAttributes ?? new KeyAttributeCollection())
            {
                if (!change.Contains(key.Key))
                {
                    change[key.Key] = key.Value;
                }
            }

            var id = ((CreateResponse)context.Send(new CreateRequest { Target = change })).id;
            return Response(true, new EntityReference(table.LogicalName, id));
        }

        private static UpsertResponse Response(bool created, EntityReference target) =>
            new UpsertResponse { Results = { ["RecordCreated"] = created, ["Target"] = target } };
    }
}
