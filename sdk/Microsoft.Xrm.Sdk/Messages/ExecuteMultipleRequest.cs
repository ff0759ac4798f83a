using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Runs several requests in one call, each in its own transaction, and reports each one's outcome.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class ExecuteMultipleRequest : OrganizationRequest
    {
        public ExecuteMultipleRequest()
        {
            RequestName = "ExecuteMultiple";
            // Required parameters start present and null, as in Microsoft's typed requests.
            Requests = null;
            Settings = null;
        }

        public OrganizationRequestCollection Requests
        {
            get => Get<OrganizationRequestCollection>("Requests");
            set => Parameters["Requests"] = value;
        }

        public ExecuteMultipleSettings Settings
        {
            get => Get<ExecuteMultipleSettings>("Settings");
            set => Parameters["Settings"] = value;
        }
    }
}
