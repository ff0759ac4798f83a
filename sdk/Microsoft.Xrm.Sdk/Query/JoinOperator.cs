using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>How a link entity joins its table to the table it links from.</summary>
    [DataContract(Name = "JoinOperator", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public enum JoinOperator
    {
        [EnumMember]
        Inner = 0,
        [EnumMember]
        LeftOuter = 1,
        [EnumMember]
        Natural = 2,
        [EnumMember]
        MatchFirstRowUsingCrossApply = 3,
        [EnumMember]
        In = 4,
        [EnumMember]
        Exists = 5,
        [EnumMember]
        Any = 6,
        [EnumMember]
        NotAny = 7,
        [EnumMember]
        All = 8,
        [EnumMember]
        NotAll = 9
    }
}
