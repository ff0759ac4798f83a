using System;
using System.IO;
using System.Linq;
using System.Text;

namespace DynamicsWifi.Emulator.Tests.Service
{
    /// <summary>A small solution in the exported-zip layout, written to a temporary folder, whose tables exercise what
    /// our own solution does not (yet): a parent with children deleted in cascade, unlinked, or protecting it.
    /// cr_library (key cr_code) 1:N cr_book (Cascade, key cr_isbn), cr_book 1:N cr_loan (Restrict),
    /// cr_library 1:N cr_note (RemoveLink); environment variables cr_LibraryUrl (String) and cr_LibrarySecret (Secret).</summary>
    internal static class LibrarySolution
    {
        private static readonly Lazy<string> Folder = new(Write);

        public static string Path => Folder.Value;

        private static string Write()
        {
            var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dynamicswifi-library-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            File.WriteAllText(System.IO.Path.Combine(folder, "customizations.xml"), Customizations(), new UTF8Encoding(false));
            File.WriteAllText(System.IO.Path.Combine(folder, "solution.xml"), "<ImportExportXml><SolutionManifest><UniqueName>Library</UniqueName></SolutionManifest></ImportExportXml>");
            WriteVariable(folder, "cr_LibraryUrl", 100000000, "https://library.example.com");
            WriteVariable(folder, "cr_LibrarySecret", 100000005, null);
            File.WriteAllText(System.IO.Path.Combine(folder, "[Content_Types].xml"), "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/octet-stream\" /></Types>");
            return folder;
        }

        private static void WriteVariable(string folder, string schemaName, int type, string? defaultValue)
        {
            var path = System.IO.Path.Combine(folder, "environmentvariabledefinitions", schemaName);
            Directory.CreateDirectory(path);
            File.WriteAllText(
                System.IO.Path.Combine(path, "environmentvariabledefinition.xml"),
                $"<environmentvariabledefinition schemaname=\"{schemaName}\">" + (defaultValue == null ? string.Empty : $"<defaultvalue>{defaultValue}</defaultvalue>") +
                $"<displayname default=\"{schemaName}\" /><isrequired>0</isrequired><secretstore>0</secretstore><type>{type}</type></environmentvariabledefinition>");
        }

        private static string Customizations() =>
            "<ImportExportXml><Entities>" +
            Table("cr_library", "cr_libraries", Text("cr_code", 20) + Integer("cr_visits", 0, 1000) + Choice("cr_kind", 1, 2), Key("cr_library_code", "cr_code")) +
            Table("cr_book", "cr_books", Text("cr_isbn", 20) + Lookup("cr_libraryid") + Integer("cr_copies", 0, 100), Key("cr_book_isbn", "cr_isbn")) +
            Table("cr_loan", "cr_loans", Lookup("cr_bookid"), string.Empty) +
            Table("cr_note", "cr_notes", Lookup("cr_libraryid"), string.Empty) +
            "</Entities><Roles /><Workflows /><FieldSecurityProfiles /><Templates /><EntityMaps /><EntityRelationships>" +
            Relationship("cr_library_cr_book", "cr_library", "cr_book", "cr_libraryid", "Cascade") +
            Relationship("cr_book_cr_loan", "cr_book", "cr_loan", "cr_bookid", "Restrict") +
            Relationship("cr_library_cr_note", "cr_library", "cr_note", "cr_libraryid", "RemoveLink") +
            "</EntityRelationships><Languages><Language>1033</Language></Languages></ImportExportXml>";

        private static string Table(string name, string set, string columns, string keys) =>
            $"<Entity><Name LocalizedName=\"{name}\" OriginalName=\"{name}\">{name}</Name><EntityInfo><entity Name=\"{name}\"><attributes>" +
            Attribute(name + "id", "primarykey", string.Empty) +
            Attribute("cr_name", "nvarchar", "<MaxLength>100</MaxLength>", "PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid") +
            StateAndStatus +
            columns +
            $"</attributes><EntityKeys>{keys}</EntityKeys><EntitySetName>{set}</EntitySetName><OwnershipTypeMask>UserOwned</OwnershipTypeMask></entity></EntityInfo></Entity>";

        // Every custom table's export carries these two, with the options Dataverse gives a new table.
        private static readonly string StateAndStatus =
            Attribute("statecode", "state", "<optionset Name=\"statecode\"><OptionSetType>state</OptionSetType><states>" +
                "<state value=\"0\" defaultstatus=\"1\" invariantname=\"Active\"><labels><label description=\"Active\" languagecode=\"1033\" /></labels></state>" +
                "<state value=\"1\" defaultstatus=\"2\" invariantname=\"Inactive\"><labels><label description=\"Inactive\" languagecode=\"1033\" /></labels></state>" +
                "</states></optionset>") +
            Attribute("statuscode", "status", "<optionset Name=\"statuscode\"><OptionSetType>status</OptionSetType><statuses>" +
                "<status value=\"1\" state=\"0\"><labels><label description=\"Active\" languagecode=\"1033\" /></labels></status>" +
                "<status value=\"2\" state=\"1\"><labels><label description=\"Inactive\" languagecode=\"1033\" /></labels></status>" +
                "</statuses></optionset>");

        private static string Text(string name, int length) => Attribute(name, "nvarchar", $"<MaxLength>{length}</MaxLength>");

        private static string Integer(string name, int min, int max) => Attribute(name, "int", $"<MinValue>{min}</MinValue><MaxValue>{max}</MaxValue>");

        private static string Lookup(string name) => Attribute(name, "lookup", "<LookupStyle>single</LookupStyle><LookupTypes />");

        private static string Choice(string name, params int[] values) => Attribute(
            name,
            "picklist",
            "<optionset Name=\"" + name + "\"><OptionSetType>picklist</OptionSetType><options>" +
            string.Concat(values.Select(value => $"<option value=\"{value}\"><labels><label description=\"Kind {value}\" languagecode=\"1033\" /></labels></option>")) +
            "</options></optionset>");

        private static string Attribute(string name, string type, string details, string displayMask = "ValidForAdvancedFind|ValidForForm|ValidForGrid") =>
            $"<attribute PhysicalName=\"{name}\"><Type>{type}</Type><Name>{name}</Name><LogicalName>{name}</LogicalName>" +
            $"<RequiredLevel>none</RequiredLevel><DisplayMask>{displayMask}</DisplayMask>{details}</attribute>";

        private static string Key(string name, string column) =>
            $"<EntityKey><Name>{name}</Name><LogicalName>{name}</LogicalName><EntityKeyAttributes><AttributeName>{column}</AttributeName></EntityKeyAttributes></EntityKey>";

        private static string Relationship(string name, string parent, string child, string lookup, string cascadeDelete) =>
            $"<EntityRelationship Name=\"{name}\"><EntityRelationshipType>OneToMany</EntityRelationshipType><ReferencingEntityName>{child}</ReferencingEntityName>" +
            $"<ReferencedEntityName>{parent}</ReferencedEntityName><CascadeAssign>NoCascade</CascadeAssign><CascadeDelete>{cascadeDelete}</CascadeDelete>" +
            $"<ReferencingAttributeName>{lookup}</ReferencingAttributeName></EntityRelationship>";
    }
}
