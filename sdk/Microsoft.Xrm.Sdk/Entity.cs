using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A record of a Dataverse table: its logical name, id, column values and formatted values.</summary>
    [DataContract(Name = "Entity", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class Entity : IExtensibleDataObject
    {
        private AttributeCollection _attributes;
        private FormattedValueCollection _formattedValues;
        private KeyAttributeCollection _keyAttributes;
        private RelatedEntityCollection _relatedEntities;

        public Entity()
        {
        }

        public Entity(string entityName)
        {
            LogicalName = entityName;
        }

        public Entity(string entityName, Guid id)
        {
            LogicalName = entityName;
            Id = id;
        }

        public Entity(string entityName, KeyAttributeCollection keyAttributes)
        {
            LogicalName = entityName;
            KeyAttributes = keyAttributes;
        }

        public Entity(string entityName, string keyName, object keyValue)
        {
            LogicalName = entityName;
            KeyAttributes.Add(keyName, keyValue);
        }

        [DataMember]
        public AttributeCollection Attributes
        {
            get => _attributes ?? (_attributes = new AttributeCollection());
            set => _attributes = value;
        }

        [DataMember]
        public EntityState? EntityState { get; set; }

        [DataMember]
        public FormattedValueCollection FormattedValues => _formattedValues ?? (_formattedValues = new FormattedValueCollection());

        // The id is its own field, as in Dataverse: setting it does not write the primary key column.
        [DataMember]
        public virtual Guid Id { get; set; }

        [DataMember]
        public KeyAttributeCollection KeyAttributes
        {
            get => _keyAttributes ?? (_keyAttributes = new KeyAttributeCollection());
            set => _keyAttributes = value;
        }

        [DataMember]
        public string LogicalName { get; set; }

        [DataMember]
        public RelatedEntityCollection RelatedEntities => _relatedEntities ?? (_relatedEntities = new RelatedEntityCollection());

        [DataMember]
        public string RowVersion { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        /// <summary>Reading a column the entity does not hold throws KeyNotFoundException; writing adds or replaces it.</summary>
        public object this[string attributeName]
        {
            get => Attributes[attributeName];
            set => Attributes[attributeName] = value;
        }

        // True for a column present with a null value too: Contains asks whether the column was returned or set.
        public bool Contains(string attributeName) => Attributes.Contains(attributeName);

        /// <summary>Returns default(T) for a missing column or a null value; throws InvalidCastException for a value of another type.</summary>
        public virtual T GetAttributeValue<T>(string attributeLogicalName)
        {
            if (!Attributes.TryGetValue(attributeLogicalName, out var value) || value == null)
            {
                return default;
            }

            return (T)value;
        }

        /// <summary>Reads a column as T; false (and default) when it is missing, null or of another type.</summary>
        public bool TryGetAttributeValue<T>(string attributeKey, out T result)
        {
            return ValueOf.TryRead(Attributes, attributeKey, out result);
        }

        /// <summary>Returns a reference with this entity's logical name (null when it has none), id and RowVersion.</summary>
        public EntityReference ToEntityReference()
        {
            return new EntityReference(LogicalName, Id) { RowVersion = RowVersion };
        }

        /// <summary>Returns a new T holding this entity's values: a shallow copy that shares its collections, even when T is Entity.</summary>
        public T ToEntity<T>()
            where T : Entity
        {
            var entity = Activator.CreateInstance<T>();
            entity.LogicalName = LogicalName;
            entity.Id = Id;
            entity.Attributes = Attributes;
            entity._formattedValues = FormattedValues;
            entity.KeyAttributes = KeyAttributes;
            entity._relatedEntities = RelatedEntities;
            entity.EntityState = EntityState;
            entity.RowVersion = RowVersion;
            entity.ExtensionData = ExtensionData;
            return entity;
        }

        protected virtual string GetFormattedAttributeValue(string attributeLogicalName)
        {
            return FormattedValues.TryGetValue(attributeLogicalName, out var value) ? value : null;
        }

        protected virtual void SetAttributeValue(string attributeLogicalName, object value)
        {
            Attributes[attributeLogicalName] = value;
        }
    }
}
