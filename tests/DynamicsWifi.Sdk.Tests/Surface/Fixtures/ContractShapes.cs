using System;
using System.Collections.ObjectModel;
using System.Runtime.Serialization;

// Mirrors of reference lines about data contracts: enums, [EnumMember], [DataMember] arguments, collection contracts.
namespace DynamicsWifi.Sdk.Tests.Surface.Fixtures.Microsoft.Xrm.Sdk
{
    [DataContract(Name = "ChangeType", Namespace = "http://schemas.microsoft.com/xrm/7.1/Contracts")]
    public enum ChangeType
    {
        [EnumMember]
        NewOrUpdated = 0,
        [EnumMember]
        RemoveOrDeleted = 1,
    }

    public class DataProcessingModuleExecuteRequest
    {
        [DataMember(Order = 6, Name = "CallbackUri", IsRequired = false)]
        public string? CallbackUri { get; set; }
    }

    public class DataCollection<T> : Collection<T>
    {
    }

    public class EntityReference
    {
    }

    [CollectionDataContract(Name = "EntityReferenceCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class EntityReferenceCollection : DataCollection<EntityReference>
    {
    }
}

namespace DynamicsWifi.Sdk.Tests.Surface.Fixtures.Microsoft.Xrm.Sdk.Metadata
{
    [Flags]
    [DataContract(Name = "EntityFilters", Namespace = "http://schemas.microsoft.com/xrm/2011/Metadata")]
    public enum EntityFilters
    {
        Default = 1,
        [EnumMember(Value = "Entity")]
        Entity = 1,
        [EnumMember(Value = "Attributes")]
        Attributes = 2,
    }
}
