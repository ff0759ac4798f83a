using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Runs several requests in one database transaction: all of them take effect, or none does.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class ExecuteTransactionRequest : OrganizationRequest
    {
        public ExecuteTransactionRequest()
        {
            RequestName = "ExecuteTransaction";
            // Required parameters start present and null, as in Microsoft's typed requests.
            Requests = null;
        }

        public OrganizationRequestCollection Requests
        {
            get => Get<OrganizationRequestCollection>("Requests");
            set => Parameters["Requests"] = value;
        }

        public bool? ReturnResponses
        {
            get => Get<bool?>("ReturnResponses");
            set => Parameters["ReturnResponses"] = value;
        }
    }
}
