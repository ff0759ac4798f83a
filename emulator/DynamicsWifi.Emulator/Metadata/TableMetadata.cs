using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>One table, immutable: its columns, alternate keys and identity.</summary>
    internal sealed class TableMetadata
    {
        public TableMetadata(
            string logicalName,
            string primaryIdAttribute,
            string? primaryNameAttribute,
            string entitySetName,
            OwnershipType ownership,
            IReadOnlyDictionary<string, ColumnMetadata> columns,
            IReadOnlyList<AlternateKeyMetadata> keys,
            bool isOptimisticConcurrencyEnabled = true)
        {
            LogicalName = logicalName;
            PrimaryIdAttribute = primaryIdAttribute;
            PrimaryNameAttribute = primaryNameAttribute;
            EntitySetName = entitySetName;
            Ownership = ownership;
            Columns = columns;
            Keys = keys;
            IsOptimisticConcurrencyEnabled = isOptimisticConcurrencyEnabled;
        }

        public string LogicalName { get; }

        public string PrimaryIdAttribute { get; }

        /// <summary>The column whose value names a row in lookups (EntityReference.Name, formatted values).</summary>
        public string? PrimaryNameAttribute { get; }

        /// <summary>The Web API collection name (contacts, cr_wifivisits).</summary>
        public string EntitySetName { get; }

        public OwnershipType Ownership { get; }

        /// <summary>Columns by logical name (case-sensitive, as Dataverse logical names are lowercase).</summary>
        public IReadOnlyDictionary<string, ColumnMetadata> Columns { get; }

        public IReadOnlyList<AlternateKeyMetadata> Keys { get; }

        public bool IsOptimisticConcurrencyEnabled { get; }
    }
}
