using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>An entity's related records, grouped by relationship.</summary>
    [CollectionDataContract(Name = "RelatedEntityCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
    {
        public RelatedEntityCollection()
        {
        }

        public override bool IsReadOnly => false;
    }
}
