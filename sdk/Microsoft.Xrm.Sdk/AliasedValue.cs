using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A value returned by a query under an alias: a linked table's column or an aggregate.</summary>
    [DataContract(Name = "AliasedValue", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class AliasedValue : IExtensibleDataObject
    {
        public AliasedValue()
        {
        }

        public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
        {
            EntityLogicalName = entityLogicalName;
            AttributeLogicalName = attributeLogicalName;
            Value = value;
        }

        [DataMember]
        public string AttributeLogicalName { get; private set; }

        [DataMember]
        public string EntityLogicalName { get; private set; }

        [DataMember]
        public object Value { get; private set; }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}
