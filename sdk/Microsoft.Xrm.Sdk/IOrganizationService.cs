using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The organization service: data and metadata operations on a Dataverse organization.</summary>
    [ServiceContract(Name = "IOrganizationService", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts/Services")]
    public interface IOrganizationService
    {
        [OperationContract]
        void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

        [OperationContract]
        Guid Create(Entity entity);

        [OperationContract]
        void Delete(string entityName, Guid id);

        [OperationContract]
        void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

        [OperationContract]
        OrganizationResponse Execute(OrganizationRequest request);

        [OperationContract]
        Entity Retrieve(string entityName, Guid id, ColumnSet columnSet);

        [OperationContract]
        EntityCollection RetrieveMultiple(QueryBase query);

        [OperationContract]
        void Update(Entity entity);
    }
}
