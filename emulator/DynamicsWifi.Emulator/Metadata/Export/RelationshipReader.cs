using System;
using System.Collections.Generic;
using System.Xml.Linq;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>Reads the root &lt;EntityRelationships&gt;: each OneToMany relationship's ReferencedEntityName (parent),
    /// ReferencingEntityName (child), ReferencingAttributeName (the child's lookup) and CascadeDelete. Names are in
    /// schema-name casing (Contact, OwningBusinessUnit) and become logical names.</summary>
    internal static class RelationshipReader
    {
        /// <summary>The parent name exports use for ownerid: the lookup points at a user or a team.</summary>
        public const string OwnerParent = "owner";

        public static IReadOnlyList<RelationshipMetadata> Read(XElement customizations, ICollection<string> notes)
        {
            var relationships = new List<RelationshipMetadata>();
            foreach (var relationship in customizations.Path("EntityRelationships", "EntityRelationship"))
            {
                var name = relationship.AttributeText("Name") ?? string.Empty;
                var kind = relationship.Text("EntityRelationshipType") ?? "OneToMany";
                if (!string.Equals(kind, "OneToMany", StringComparison.OrdinalIgnoreCase))
                {
                    notes.Add($"{name}: {kind} relationships (and their intersect tables) are not modelled.");
                    continue;
                }

                var parent = relationship.Text("ReferencedEntityName");
                var child = relationship.Text("ReferencingEntityName");
                var lookup = relationship.Text("ReferencingAttributeName");
                if (parent == null || child == null || lookup == null)
                {
                    notes.Add($"{name}: left out, it lacks a referenced table, referencing table or lookup column.");
                    continue;
                }

                relationships.Add(new RelationshipMetadata(
                    name,
                    ExportXml.Logical(parent),
                    ExportXml.Logical(child),
                    ExportXml.Logical(lookup),
                    ReadCascade(relationship.Text("CascadeDelete"))));
            }

            return relationships;
        }

        public static CascadeBehavior ReadCascade(string? cascade) => cascade?.ToLowerInvariant() switch
        {
            "cascade" => CascadeBehavior.Cascade,
            "removelink" => CascadeBehavior.RemoveLink,
            "restrict" => CascadeBehavior.Restrict,
            _ => CascadeBehavior.NoCascade,
        };
    }
}
