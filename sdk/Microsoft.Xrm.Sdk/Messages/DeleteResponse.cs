using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The response to a DeleteRequest, which carries no results.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class DeleteResponse : OrganizationResponse
    {
        public DeleteResponse()
        {
        }
    }
}
