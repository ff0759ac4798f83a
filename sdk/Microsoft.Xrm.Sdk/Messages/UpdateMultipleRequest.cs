using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Updates records of one table in a single request.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class UpdateMultipleRequest : OrganizationRequest
    {
        public UpdateMultipleRequest()
        {
            RequestName = "UpdateMultiple";
            // Required parameters start present and null, as in Microsoft's typed requests.
            Targets = null;
        }

        public ConcurrencyBehavior ConcurrencyBehavior
        {
            get => Get<ConcurrencyBehavior>("ConcurrencyBehavior");
            set => Parameters["ConcurrencyBehavior"] = value;
        }

        public EntityCollection Targets
        {
            get => Get<EntityCollection>("Targets");
            set => Parameters["Targets"] = value;
        }
    }
}
