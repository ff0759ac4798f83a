using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The response to an UpdateMultipleRequest, which carries no results.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class UpdateMultipleResponse : OrganizationResponse
    {
        public UpdateMultipleResponse()
        {
        }
    }
}
