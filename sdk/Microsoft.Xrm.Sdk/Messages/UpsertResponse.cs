using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The response to an UpsertRequest: whether a record was created, and a reference to it.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class UpsertResponse : OrganizationResponse
    {
        public UpsertResponse()
        {
        }

        public bool RecordCreated => Get<bool>("RecordCreated");

        public EntityReference Target => Get<EntityReference>("Target");
    }
}
