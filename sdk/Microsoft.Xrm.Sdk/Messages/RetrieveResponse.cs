using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The response to a RetrieveRequest: the record read.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RetrieveResponse : OrganizationResponse
    {
        public RetrieveResponse()
        {
        }

        public Entity Entity => Get<Entity>("Entity");
    }
}
