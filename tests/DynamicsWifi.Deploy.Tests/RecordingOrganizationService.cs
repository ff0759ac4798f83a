using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>Keeps the requests sent to Execute, to see what a business event carries; nothing else is expected.</summary>
    internal sealed class RecordingOrganizationService : IOrganizationService
    {
        public List<OrganizationRequest> Executed { get; } = new();

        public OrganizationResponse Execute(OrganizationRequest request)
        {
            Executed.Add(request);
            return new OrganizationResponse();
        }

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();

        public Guid Create(Entity entity) => throw new NotSupportedException();

        public void Delete(string entityName, Guid id) => throw new NotSupportedException();

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw new NotSupportedException();

        public EntityCollection RetrieveMultiple(QueryBase query) => throw new NotSupportedException();

        public void Update(Entity entity) => throw new NotSupportedException();
    }
}
