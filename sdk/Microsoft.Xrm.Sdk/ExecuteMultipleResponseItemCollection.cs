using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The outcomes an ExecuteMultipleResponse returns, one per request that ran and is reported.</summary>
    [CollectionDataContract(Name = "OrganizationResponseCollection", Namespace = "http://schemas.microsoft.com/xrm/2012/Contracts")]
    public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
    {
        public ExecuteMultipleResponseItemCollection()
        {
        }
    }
}
