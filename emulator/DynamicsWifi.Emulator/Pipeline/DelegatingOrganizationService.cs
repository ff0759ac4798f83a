using System;
using DynamicsWifi.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>IOrganizationService whose every call is one request sent through a delegate: a caller's service sends
    /// into the top of the request path, a plug-in's into the entrance with its depth and transaction.</summary>
    internal sealed class DelegatingOrganizationService : IOrganizationService
    {
        private readonly Func<OrganizationRequest, OrganizationResponse> _send;

        public DelegatingOrganizationService(Func<OrganizationRequest, OrganizationResponse> send)
        {
            _send = send;
        }

        public OrganizationResponse Execute(OrganizationRequest request) =>
            _send(request ?? throw DataverseFaults.RequestMissing());

        public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
            ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

        public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

        public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

        public EntityCollection RetrieveMultiple(QueryBase query) =>
            ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

        // N:N relationships are not emulated: these messages get the message-not-found fault any unknown message gets.
        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            Execute(Relate("Associate", entityName, entityId, relationship, relatedEntities));

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            Execute(Relate("Disassociate", entityName, entityId, relationship, relatedEntities));

        private static OrganizationRequest Relate(string message, string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            new(message)
            {
                Parameters =
                {
                    ["Target"] = new EntityReference(entityName, entityId),
                    ["Relationship"] = relationship,
                    ["RelatedEntities"] = relatedEntities,
                },
            };
    }
}
