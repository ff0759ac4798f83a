using System;
using System.IO;
using System.Linq;
using System.Text;
using DynamicsWifi.WebApi.Tests.Plugins;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>A second solution, not ours, in the exported-zip layout, to prove the host serves any solution: its own
    /// tables (lib_library; lib_book with a lookup, a single and a composite key, money, date, choice and yes/no columns;
    /// lib_loan), custom APIs (action lib_Echo, function lib_CountBooks, private lib_PrivateEcho, lib_GuardedEcho needing
    /// prvCreatelib_library), an asynchronous step on lib_loan create, and the roles Librarian and Reader.</summary>
    internal static class LibrarySolution
    {
        public const string Librarian = "Librarian";
        public const string Reader = "Reader";

        private const string CreateMessageId = "{9ebdbb1b-ea3e-db11-86a7-000a3a5473e8}";
        private static readonly Guid EchoTypeId = new("2a4c9f0e-1b7d-4c36-9e55-0d1f2a3b4c01");
        private static readonly Guid CountTypeId = new("2a4c9f0e-1b7d-4c36-9e55-0d1f2a3b4c02");
        private static readonly Guid StampTypeId = new("2a4c9f0e-1b7d-4c36-9e55-0d1f2a3b4c03");
        private static readonly Lazy<string> Folder = new(Write);

        public static string Path => Folder.Value;

        private static string Write()
        {
            var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dynamicswifi-webapi-library-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            Save(folder, "solution.xml", "<ImportExportXml><SolutionManifest><UniqueName>LibraryApi</UniqueName></SolutionManifest></ImportExportXml>");
            Save(folder, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/octet-stream\" /></Types>");
            Save(folder, "customizations.xml", Customizations());
            var echoFields = new[] { Parameter("Text", 10, optional: false), Parameter("Count", 7, optional: true) };
            var echoResponses = new[] { Property("Echo", 10), Property("Length", 7), Property("EchoedOn", 1) };
            Api(folder, "lib_Echo", isFunction: false, isPrivate: false, privilege: null, EchoTypeId, echoFields, echoResponses);
            Api(folder, "lib_PrivateEcho", isFunction: false, isPrivate: true, privilege: null, EchoTypeId, echoFields, echoResponses);
            Api(folder, "lib_GuardedEcho", isFunction: false, isPrivate: false, privilege: "prvCreatelib_library", EchoTypeId, echoFields, echoResponses);
            Api(folder, "lib_CountBooks", isFunction: true, isPrivate: false, privilege: null, CountTypeId, new[] { Parameter("MinCopies", 7, optional: false) }, new[] { Property("Total", 7) });
            return folder;
        }

        private static void Save(string folder, string path, string text)
        {
            var full = System.IO.Path.Combine(folder, path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }

        private static void Api(string folder, string name, bool isFunction, bool isPrivate, string? privilege, Guid pluginTypeId, (string Name, string Xml)[] parameters, (string Name, string Xml)[] properties)
        {
            Save(folder, $"customapis/{name}/customapi.xml",
                $"<customapi uniquename=\"{name}\"><allowedcustomprocessingsteptype>2</allowedcustomprocessingsteptype><bindingtype>0</bindingtype>" +
                $"<isfunction>{(isFunction ? 1 : 0)}</isfunction><isprivate>{(isPrivate ? 1 : 0)}</isprivate>" +
                (privilege == null ? string.Empty : $"<executeprivilegename>{privilege}</executeprivilegename>") +
                $"<name>{name}</name><plugintypeid><plugintypeexportkey>{pluginTypeId}</plugintypeexportkey></plugintypeid></customapi>");
            foreach (var (parameter, xml) in parameters)
            {
                Save(folder, $"customapis/{name}/customapirequestparameters/{parameter}/customapirequestparameter.xml", xml);
            }

            foreach (var (property, xml) in properties)
            {
                Save(folder, $"customapis/{name}/customapiresponseproperties/{property}/customapiresponseproperty.xml", xml);
            }
        }

        private static (string, string) Parameter(string name, int type, bool optional) =>
            (name, $"<customapirequestparameter uniquename=\"{name}\"><isoptional>{(optional ? 1 : 0)}</isoptional><name>{name}</name><type>{type}</type></customapirequestparameter>");

        private static (string, string) Property(string name, int type) =>
            (name, $"<customapiresponseproperty uniquename=\"{name}\"><name>{name}</name><type>{type}</type></customapiresponseproperty>");

        private static string Customizations() =>
            "<ImportExportXml><Entities>" +
            Table("lib_library", "lib_libraries", Text("lib_code", 20) + Integer("lib_visits", 0, 100000), Key("lib_library_code", "lib_code")) +
            Table(
                "lib_book",
                "lib_books",
                Text("lib_isbn", 20) + Lookup("lib_libraryid") + Integer("lib_copies", 0, 100) + Text("lib_shelf", 10) + Integer("lib_position", 0, 1000) +
                Attribute("lib_published", "datetime", "<Behavior>1</Behavior>") + Attribute("lib_price", "money", "<Precision>2</Precision>") +
                Attribute("lib_available", "bit", string.Empty) + Choice("lib_genre", (1, "Fiction"), (2, "Science")),
                Key("lib_book_isbn", "lib_isbn") + Key("lib_book_place", "lib_shelf", "lib_position")) +
            Table("lib_loan", "lib_loans", Lookup("lib_bookid"), string.Empty) +
            "</Entities>" + Roles() + "<Workflows /><FieldSecurityProfiles /><Templates /><EntityMaps /><EntityRelationships>" +
            Relationship("lib_library_lib_book", "lib_library", "lib_book", "lib_libraryid", ("lib_LibraryId", "lib_library_books")) +
            Relationship("lib_book_lib_loan", "lib_book", "lib_loan", "lib_bookid", navigationNames: null) +
            "</EntityRelationships>" + PluginAssembly() + Steps() + "<Languages><Language>1033</Language></Languages></ImportExportXml>";

        private static string Roles()
        {
            var all = new[] { "lib_library", "lib_book", "lib_loan" }
                .SelectMany(table => new[] { "Create", "Read", "Write", "Delete", "Append", "AppendTo" }.Select(verb => $"prv{verb}{table}"));
            return "<Roles>" +
                   $"<Role id=\"{{5b1e0c7a-3f0d-4c1b-9a8e-7c6d5e4f3a21}}\" name=\"{Librarian}\"><RolePrivileges>" +
                   string.Concat(all.Select(privilege => $"<RolePrivilege name=\"{privilege}\" level=\"Global\" />")) +
                   "</RolePrivileges></Role>" +
                   $"<Role id=\"{{5b1e0c7a-3f0d-4c1b-9a8e-7c6d5e4f3a22}}\" name=\"{Reader}\"><RolePrivileges>" +
                   "<RolePrivilege name=\"prvReadlib_book\" level=\"Global\" /><RolePrivilege name=\"prvReadlib_library\" level=\"Global\" />" +
                   "</RolePrivileges></Role></Roles>";
        }

        private static string PluginAssembly()
        {
            var assembly = typeof(EchoApiPlugin).Assembly.FullName;
            string Type(Type type, Guid id) => $"<PluginType AssemblyQualifiedName=\"{type.FullName}, {assembly}\" PluginTypeId=\"{id}\" Name=\"{type.FullName}\" />";
            return $"<SolutionPluginAssemblies><PluginAssembly FullName=\"{assembly}\" PluginAssemblyId=\"7d0b1c2e-3f4a-4b5c-8d6e-9f0a1b2c3d4e\"><PluginTypes>" +
                   Type(typeof(EchoApiPlugin), EchoTypeId) + Type(typeof(CountBooksApiPlugin), CountTypeId) + Type(typeof(StampLoanOnCreate), StampTypeId) +
                   "</PluginTypes></PluginAssembly></SolutionPluginAssemblies>";
        }

        private static string Steps() =>
            $"<SdkMessageProcessingSteps><SdkMessageProcessingStep Name=\"Stamp a new loan\" SdkMessageProcessingStepId=\"{{{Guid.NewGuid()}}}\">" +
            $"<PluginTypeName>{typeof(StampLoanOnCreate).FullName}, {typeof(StampLoanOnCreate).Assembly.FullName}</PluginTypeName>" +
            "<PrimaryEntity>lib_loan</PrimaryEntity><AsyncAutoDelete>0</AsyncAutoDelete><FilteringAttributes></FilteringAttributes><InvocationSource>1</InvocationSource>" +
            $"<Mode>1</Mode><Rank>1</Rank><SdkMessageId>{CreateMessageId}</SdkMessageId><EventHandlerTypeCode>4602</EventHandlerTypeCode>" +
            "<Stage>40</Stage><SdkMessageProcessingStepImages></SdkMessageProcessingStepImages></SdkMessageProcessingStep></SdkMessageProcessingSteps>";

        private static string Table(string name, string set, string columns, string keys) =>
            $"<Entity><Name LocalizedName=\"{name}\" OriginalName=\"{name}\">{name}</Name><EntityInfo><entity Name=\"{name}\"><attributes>" +
            Attribute(name + "id", "primarykey", string.Empty) +
            Attribute("lib_name", "nvarchar", "<MaxLength>100</MaxLength>", "PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid") +
            StateAndStatus + columns +
            $"</attributes><EntityKeys>{keys}</EntityKeys><EntitySetName>{set}</EntitySetName><OwnershipTypeMask>UserOwned</OwnershipTypeMask></entity></EntityInfo></Entity>";

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

        private static string Choice(string name, params (int Value, string Label)[] options) => Attribute(
            name,
            "picklist",
            $"<optionset Name=\"{name}\"><OptionSetType>picklist</OptionSetType><options>" +
            string.Concat(options.Select(option => $"<option value=\"{option.Value}\"><labels><label description=\"{option.Label}\" languagecode=\"1033\" /></labels></option>")) +
            "</options></optionset>");

        private static string Attribute(string name, string type, string details, string displayMask = "ValidForAdvancedFind|ValidForForm|ValidForGrid") =>
            $"<attribute PhysicalName=\"{name}\"><Type>{type}</Type><Name>{name}</Name><LogicalName>{name}</LogicalName>" +
            $"<RequiredLevel>none</RequiredLevel><DisplayMask>{displayMask}</DisplayMask>{details}</attribute>";

        private static string Key(string name, params string[] columns) =>
            $"<EntityKey><Name>{name}</Name><LogicalName>{name}</LogicalName><EntityKeyAttributes>" +
            string.Concat(columns.Select(column => $"<AttributeName>{column}</AttributeName>")) + "</EntityKeyAttributes></EntityKey>";

        /// <param name="navigationNames">The navigation properties as an export names them in its relationship roles:
        /// the child's single-valued one (role type 1) and the parent's collection-valued one (role type 0); null leaves
        /// them out, so the host's defaults apply.</param>
        private static string Relationship(string name, string parent, string child, string lookup, (string Single, string Collection)? navigationNames) =>
            $"<EntityRelationship Name=\"{name}\"><EntityRelationshipType>OneToMany</EntityRelationshipType><ReferencingEntityName>{child}</ReferencingEntityName>" +
            $"<ReferencedEntityName>{parent}</ReferencedEntityName><CascadeAssign>NoCascade</CascadeAssign><CascadeDelete>Cascade</CascadeDelete>" +
            $"<ReferencingAttributeName>{lookup}</ReferencingAttributeName>" +
            (navigationNames is { } names
                ? "<EntityRelationshipRoles><EntityRelationshipRole><NavPaneDisplayOption>UseCollectionName</NavPaneDisplayOption><NavPaneArea>Details</NavPaneArea>" +
                  $"<NavPaneOrder>10000</NavPaneOrder><NavigationPropertyName>{names.Single}</NavigationPropertyName><RelationshipRoleType>1</RelationshipRoleType></EntityRelationshipRole>" +
                  $"<EntityRelationshipRole><NavigationPropertyName>{names.Collection}</NavigationPropertyName><RelationshipRoleType>0</RelationshipRoleType></EntityRelationshipRole></EntityRelationshipRoles>"
                : string.Empty) +
            "</EntityRelationship>";
    }
}
