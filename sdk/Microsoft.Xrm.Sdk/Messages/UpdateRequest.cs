using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Updates the columns the target entity holds.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class UpdateRequest : OrganizationRequest
    {
        public UpdateRequest()
        {
            RequestName = "Update";
            // Required parameters start present and null, as in Microsoft's typed requests.
            Target = null;
        }

        public ConcurrencyBehavior ConcurrencyBehavior
        {
            get => Get<ConcurrencyBehavior>("ConcurrencyBehavior");
            set => Parameters["ConcurrencyBehavior"] = value;
        }

        public Entity Target
        {
            get => Get<Entity>("Target");
            set => Parameters["Target"] = value;
        }
    }
}
