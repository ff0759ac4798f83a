using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>Reads the root &lt;EntityRelationships&gt;: each OneToMany relationship's ReferencedEntityName (parent),
    /// ReferencingEntityName (child), ReferencingAttributeName (the child's lookup) and CascadeDelete. Names are in
    /// schema-name casing (Contact, OwningBusinessUnit) and become logical names. The navigation property names are kept
    /// as written (they are case-sensitive): an exported relationship's EntityRelationshipRoles name the child's
    /// single-valued one in the role of RelationshipRoleType 1 and the parent's collection-valued one in the role of
    /// RelationshipRoleType 0 (the samples in ../shared/reference/solution-samples).</summary>
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
                    ReadCascade(relationship.Text("CascadeDelete")),
                    NavigationPropertyName(relationship, roleType: "1"),
                    NavigationPropertyName(relationship, roleType: "0")));
            }

            return relationships;
        }

        private static string? NavigationPropertyName(XElement relationship, string roleType) =>
            relationship.Path("EntityRelationshipRoles", "EntityRelationshipRole")
                .Where(role => role.Text("RelationshipRoleType") == roleType)
                .Select(role => role.Text("NavigationPropertyName"))
                .FirstOrDefault(name => !string.IsNullOrWhiteSpace(name))?.Trim();

        public static CascadeBehavior ReadCascade(string? cascade) => cascade?.ToLowerInvariant() switch
        {
            "cascade" => CascadeBehavior.Cascade,
            "removelink" => CascadeBehavior.RemoveLink,
            "restrict" => CascadeBehavior.Restrict,
            _ => CascadeBehavior.NoCascade,
        };
    }
}
