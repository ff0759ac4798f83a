using System;
using System.Collections.Concurrent;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Tests.Fakes
{
    /// <summary>Answers RetrieveMultiple with what the test scripts per table, and records the queries it was asked;
    /// every other call fails, so a doorway that writes through the service instead of the Target is caught.</summary>
    internal sealed class ScriptedOrganizationService : IOrganizationService
    {
        private readonly Func<QueryExpression, EntityCollection> _answer;

        public ScriptedOrganizationService(Func<QueryExpression, EntityCollection> answer)
        {
            _answer = answer;
        }

        public ConcurrentQueue<QueryExpression> Queries { get; } = new ConcurrentQueue<QueryExpression>();

        public EntityCollection RetrieveMultiple(QueryBase query)
        {
            var expression = (QueryExpression)query;
            Queries.Enqueue(expression);
            return _answer(expression);
        }

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw Unexpected();

        public Guid Create(Entity entity) => throw Unexpected();

        public void Delete(string entityName, Guid id) => throw Unexpected();

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw Unexpected();

        public OrganizationResponse Execute(OrganizationRequest request) => throw Unexpected();

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw Unexpected();

        public void Update(Entity entity) => throw Unexpected();

        private static NotSupportedException Unexpected() => new NotSupportedException("The plug-in made a call the test did not expect.");
    }
}
