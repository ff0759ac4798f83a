using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The response to an ExecuteTransactionRequest: the responses of its requests, in their order, when asked for.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class ExecuteTransactionResponse : OrganizationResponse
    {
        public ExecuteTransactionResponse()
        {
        }

        public OrganizationResponseCollection Responses => Get<OrganizationResponseCollection>("Responses");
    }
}
