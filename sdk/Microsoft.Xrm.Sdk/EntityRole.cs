using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Which side of a self-referential relationship an entity plays: referencing or referenced.</summary>
    [DataContract(Name = "EntityRole", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public enum EntityRole
    {
        [EnumMember]
        Referencing = 0,

        [EnumMember]
        Referenced = 1,
    }
}
