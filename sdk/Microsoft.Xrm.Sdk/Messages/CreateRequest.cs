using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Creates a record; the response carries its id.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class CreateRequest : OrganizationRequest
    {
        public CreateRequest()
        {
            RequestName = "Create";
            // Required parameters start present and null, as in Microsoft's typed requests.
            Target = null;
        }

        public Entity Target
        {
            get => Get<Entity>("Target");
            set => Parameters["Target"] = value;
        }
    }
}
