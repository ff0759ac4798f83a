using System.IO;
using System.Text;
using System;

namespace DynamicsWifi.Emulator.Tests.Security
{
    /// <summary>A small solution in the exported-zip layout for the security tests: cr_library (user-owned, with the
    /// secured column cr_secret), cr_book (user-owned, lookup cr_libraryid to cr_library) and cr_wifisecret
    /// (organization-owned, secured cr_value, as DESIGN.md 2 describes ours).</summary>
    internal static class SecuredSolution
    {
        private static readonly Lazy<string> Folder = new(Write);

        public static string Path => Folder.Value;

        private static string Write()
        {
            var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dynamicswifi-secured-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            File.WriteAllText(System.IO.Path.Combine(folder, "customizations.xml"), Customizations(), new UTF8Encoding(false));
            File.WriteAllText(System.IO.Path.Combine(folder, "solution.xml"), "<ImportExportXml><SolutionManifest><UniqueName>Secured</UniqueName></SolutionManifest></ImportExportXml>");
            File.WriteAllText(System.IO.Path.Combine(folder, "[Content_Types].xml"), "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/octet-stream\" /></Types>");
            return folder;
        }

        private static string Customizations() =>
            "<ImportExportXml><Entities>" +
            Table("cr_library", "cr_libraries", "UserOwned", Text("cr_code", 20) + Text("cr_secret", 100, secured: true)) +
            Table("cr_book", "cr_books", "UserOwned", Attribute("cr_libraryid", "lookup", "<LookupStyle>single</LookupStyle><LookupTypes />")) +
            Table("cr_wifisecret", "cr_wifisecrets", "OrgOwned", Text("cr_value", 200, secured: true)) +
            "</Entities><Roles /><Workflows /><FieldSecurityProfiles /><Templates /><EntityMaps /><EntityRelationships>" +
            "<EntityRelationship Name=\"cr_library_cr_book\"><EntityRelationshipType>OneToMany</EntityRelationshipType>" +
            "<ReferencingEntityName>cr_book</ReferencingEntityName><ReferencedEntityName>cr_library</ReferencedEntityName>" +
            "<CascadeAssign>NoCascade</CascadeAssign><CascadeDelete>RemoveLink</CascadeDelete><ReferencingAttributeName>cr_libraryid</ReferencingAttributeName></EntityRelationship>" +
            "</EntityRelationships><Languages><Language>1033</Language></Languages></ImportExportXml>";

        private static string Table(string name, string set, string ownership, string columns) =>
            $"<Entity><Name LocalizedName=\"{name}\" OriginalName=\"{name}\">{name}</Name><EntityInfo><entity Name=\"{name}\"><attributes>" +
            Attribute(name + "id", "primarykey", string.Empty) +
            Attribute("cr_name", "nvarchar", "<MaxLength>100</MaxLength>", "PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid") +
            columns +
            $"</attributes><EntityKeys /><EntitySetName>{set}</EntitySetName><OwnershipTypeMask>{ownership}</OwnershipTypeMask></entity></EntityInfo></Entity>";

        private static string Text(string name, int length, bool secured = false) =>
            Attribute(name, "nvarchar", $"<MaxLength>{length}</MaxLength><IsSecured>{(secured ? 1 : 0)}</IsSecured>");

        private static string Attribute(string name, string type, string details, string displayMask = "ValidForAdvancedFind|ValidForForm|ValidForGrid") =>
            $"<attribute PhysicalName=\"{name}\"><Type>{type}</Type><Name>{name}</Name><LogicalName>{name}</LogicalName>" +
            $"<RequiredLevel>none</RequiredLevel><DisplayMask>{displayMask}</DisplayMask>{details}</attribute>";
    }
}
