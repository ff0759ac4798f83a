using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Retrieves one record with the columns asked for.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RetrieveRequest : OrganizationRequest
    {
        public RetrieveRequest()
        {
            RequestName = "Retrieve";
            // Required parameters start present and null, as in Microsoft's typed requests.
            Target = null;
            ColumnSet = null;
        }

        public ColumnSet ColumnSet
        {
            get => Get<ColumnSet>("ColumnSet");
            set => Parameters["ColumnSet"] = value;
        }

        public EntityReference Target
        {
            get => Get<EntityReference>("Target");
            set => Parameters["Target"] = value;
        }
    }
}
