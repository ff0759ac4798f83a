using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The outcome of one request of an ExecuteMultipleRequest: its index in the request collection, and its
    /// response or its fault.</summary>
    [DataContract(Name = "ExecuteMultipleResponseItem", Namespace = "http://schemas.microsoft.com/xrm/2012/Contracts")]
    public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
    {
        public ExecuteMultipleResponseItem()
        {
        }

        [DataMember]
        public OrganizationServiceFault Fault { get; set; }

        [DataMember]
        public int RequestIndex { get; set; }

        [DataMember]
        public OrganizationResponse Response { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}
