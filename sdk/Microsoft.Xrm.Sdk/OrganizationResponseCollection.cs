using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The responses of an ExecuteTransactionRequest, in the order of its requests.</summary>
    [CollectionDataContract(Name = "OrganizationResponseCollection", Namespace = "http://schemas.microsoft.com/xrm/7.1/Contracts")]
    public sealed class OrganizationResponseCollection : DataCollection<OrganizationResponse>
    {
        public OrganizationResponseCollection()
        {
        }
    }
}
