using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Whether an entity in a change set is unchanged, newly created or changed.</summary>
    [DataContract(Name = "EntityState", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public enum EntityState
    {
        [EnumMember]
        Unchanged = 0,

        [EnumMember]
        Created = 1,

        [EnumMember]
        Changed = 2,
    }
}
