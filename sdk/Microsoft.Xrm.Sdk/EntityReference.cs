using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A reference to a record: its table's logical name and its id, or its alternate key values.</summary>
    [Serializable]
    [DataContract(Name = "EntityReference", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class EntityReference : IExtensibleDataObject
    {
        private KeyAttributeCollection _keyAttributes;

        [NonSerialized]
        private ExtensionDataObject _extensionData;

        public EntityReference()
        {
        }

        public EntityReference(string logicalName)
        {
            LogicalName = logicalName;
        }

        public EntityReference(string logicalName, Guid id)
        {
            LogicalName = logicalName;
            Id = id;
        }

        public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
        {
            LogicalName = logicalName;
            KeyAttributes = keyAttributeCollection;
        }

        public EntityReference(string logicalName, string keyName, object keyValue)
        {
            LogicalName = logicalName;
            KeyAttributes.Add(keyName, keyValue);
        }

        [DataMember]
        public Guid Id { get; set; }

        [DataMember]
        public KeyAttributeCollection KeyAttributes
        {
            get => _keyAttributes ?? (_keyAttributes = new KeyAttributeCollection());
            set => _keyAttributes = value;
        }

        [DataMember]
        public string LogicalName { get; set; }

        [DataMember]
        public string Name { get; set; }

        [DataMember]
        public string RowVersion { get; set; }

        public ExtensionDataObject ExtensionData
        {
            get => _extensionData;
            set => _extensionData = value;
        }

        // Identity is the table and the id; Name and RowVersion are decoration. Two references without an id
        // point at the same record only when they name the same alternate key values.
        public override bool Equals(object obj)
        {
            if (ReferenceEquals(this, obj))
            {
                return true;
            }

            if (!(obj is EntityReference other)
                || other.Id != Id
                || !string.Equals(other.LogicalName, LogicalName, StringComparison.Ordinal))
            {
                return false;
            }

            return Id != Guid.Empty || SameKeys(_keyAttributes, other._keyAttributes);
        }

        // The logical name, the id and, for a reference by alternate key, its key values (order-free, as Equals
        // compares them), so references to different rows by key do not all share one hash.
        public override int GetHashCode()
        {
            var hash = (LogicalName == null ? 0 : StringComparer.Ordinal.GetHashCode(LogicalName)) ^ Id.GetHashCode();
            if (Id != Guid.Empty || _keyAttributes == null)
            {
                return hash;
            }

            foreach (var pair in _keyAttributes)
            {
                hash ^= StringComparer.Ordinal.GetHashCode(pair.Key) * 31 + (pair.Value?.GetHashCode() ?? 0);
            }

            return hash;
        }

        private static bool SameKeys(KeyAttributeCollection left, KeyAttributeCollection right)
        {
            var leftCount = left?.Count ?? 0;
            var rightCount = right?.Count ?? 0;
            if (leftCount != rightCount)
            {
                return false;
            }

            if (leftCount == 0)
            {
                return true;
            }

            foreach (var pair in left)
            {
                if (!right.TryGetValue(pair.Key, out var value) || !Equals(pair.Value, value))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
