using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>The base of every query a RetrieveMultiple request accepts.</summary>
    [DataContract(Name = "QueryBase", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public abstract class QueryBase : IExtensibleDataObject
    {
        protected QueryBase()
        {
        }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}
