using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A relationship between two tables, named by its schema name, with the role the primary table plays when it is self-referential.</summary>
    [DataContract(Name = "Relationship", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class Relationship : IExtensibleDataObject
    {
        public Relationship()
        {
        }

        public Relationship(string schemaName)
        {
            SchemaName = schemaName;
        }

        [DataMember]
        public EntityRole? PrimaryEntityRole { get; set; }

        [DataMember]
        public string SchemaName { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        public override bool Equals(object obj)
        {
            return obj is Relationship other
                && string.Equals(other.SchemaName, SchemaName, StringComparison.Ordinal)
                && other.PrimaryEntityRole == PrimaryEntityRole;
        }

        public override int GetHashCode()
        {
            var hash = SchemaName == null ? 0 : StringComparer.Ordinal.GetHashCode(SchemaName);
            return PrimaryEntityRole.HasValue ? hash ^ ((int)PrimaryEntityRole.Value + 1) : hash;
        }

        // "contact_accounts." without a role, "contact_accounts.Referenced" with one, as Microsoft's SDK writes it.
        public override string ToString() => SchemaName + "." + PrimaryEntityRole;
    }
}
