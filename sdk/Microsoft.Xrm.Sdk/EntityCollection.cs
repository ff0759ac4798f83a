using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A page of records returned by a query, with the paging information to fetch the next one.</summary>
    [DataContract(Name = "EntityCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class EntityCollection : IExtensibleDataObject
    {
        private DataCollection<Entity> _entities;

        public EntityCollection()
        {
        }

        // Copies the list, and takes null for none, as Microsoft's SDK does: the collection never shares the caller's list.
        public EntityCollection(IList<Entity> list)
        {
            _entities = new DataCollection<Entity>();
            _entities.AddRange(list);
        }

        [DataMember]
        public DataCollection<Entity> Entities => _entities ?? (_entities = new DataCollection<Entity>());

        [DataMember]
        public string EntityName { get; set; }

        [DataMember]
        public string MinActiveRowVersion { get; set; }

        [DataMember]
        public bool MoreRecords { get; set; }

        [DataMember]
        public string PagingCookie { get; set; }

        [DataMember]
        public int TotalRecordCount { get; set; }

        [DataMember]
        public bool TotalRecordCountLimitExceeded { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        public Entity this[int index]
        {
            get => Entities[index];
            set => Entities[index] = value;
        }
    }
}
