using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The fault of an ExecuteTransactionRequest that was rolled back: the failing request's fault and its index in
    /// the request collection.</summary>
    [Serializable]
    [DataContract(Name = "ExecuteTransactionFault", Namespace = "http://schemas.microsoft.com/xrm/7.1/Contracts")]
    public sealed class ExecuteTransactionFault : OrganizationServiceFault
    {
        public ExecuteTransactionFault()
        {
        }

        [DataMember]
        public int FaultedRequestIndex { get; set; }
    }
}
