using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Creates records of one table in a single request; the response carries their ids.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class CreateMultipleRequest : OrganizationRequest
    {
        public CreateMultipleRequest()
        {
            RequestName = "CreateMultiple";
            // Required parameters start present and null, as in Microsoft's typed requests.
            Targets = null;
        }

        public EntityCollection Targets
        {
            get => Get<EntityCollection>("Targets");
            set => Parameters["Targets"] = value;
        }
    }
}
