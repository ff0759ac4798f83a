using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Service
{
    /// <summary>IOrganizationService acting as one user. Without a scope each call is its own request and transaction;
    /// within a scope (a transaction already open) calls join it one level deeper.</summary>
    internal sealed class EmulatedOrganizationService : IOrganizationService
    {
        private readonly RequestRunner _runner;
        private readonly Guid _userId;
        private readonly ExecutionScope? _scope;
        private readonly int _depth;
        private readonly IPluginExecutionContext? _parent;

        public EmulatedOrganizationService(RequestRunner runner, Guid userId, ExecutionScope? scope = null, int depth = 1, IPluginExecutionContext? parent = null)
        {
            _runner = runner;
            _userId = userId;
            _scope = scope;
            _depth = depth;
            _parent = parent;
        }

        public OrganizationResponse Execute(OrganizationRequest request) =>
            _scope == null ? _runner.Run(request, _userId) : _runner.Pipeline.Call(request, _userId, _scope, _depth, _parent);

        public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
            ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

        public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

        public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

        public EntityCollection RetrieveMultiple(QueryBase query) =>
            ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            throw new NotSupportedException("Associate (N:N relationships) is not emulated; see emulator/README.md.");

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            throw new NotSupportedException("Disassociate (N:N relationships) is not emulated; see emulator/README.md.");
    }
}
