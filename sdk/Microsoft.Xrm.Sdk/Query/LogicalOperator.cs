using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Whether a filter expression requires all of its conditions and child filters (And) or any of them (Or).</summary>
    [DataContract(Name = "LogicalOperator", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public enum LogicalOperator
    {
        [EnumMember]
        And = 0,
        [EnumMember]
        Or = 1
    }
}
