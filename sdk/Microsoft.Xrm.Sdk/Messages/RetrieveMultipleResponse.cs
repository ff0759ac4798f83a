using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The response to a RetrieveMultipleRequest: the page of records found.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RetrieveMultipleResponse : OrganizationResponse
    {
        public RetrieveMultipleResponse()
        {
        }

        public EntityCollection EntityCollection => Get<EntityCollection>("EntityCollection");
    }
}
