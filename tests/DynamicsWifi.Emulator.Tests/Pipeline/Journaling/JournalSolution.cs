using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Journaling
{
    /// <summary>A small solution of its own for the tests of what runs in which transaction, written in the exported-zip
    /// layout to a temporary folder and loaded through the front door with the steps each test registers:
    /// cr_visit (the operations' table, lookup cr_memberid), cr_member (alternate key cr_member_email on cr_email),
    /// cr_journal (a row per plug-in execution that writes one, through its own service call), and the custom API
    /// cr_JoinMember (Email in, MemberId out; main plug-in JoinMemberApi).</summary>
    internal static class JournalSolution
    {
        public const string Visit = "cr_visit";
        public const string Member = "cr_member";
        public const string Journal = "cr_journal";
        public const string JoinMember = "cr_JoinMember";

        private const string AssemblyName = "DynamicsWifi.Emulator.Tests, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null";
        private const string CreateMessageId = "{9ebdbb1b-ea3e-db11-86a7-000a3a5473e8}";

        private static readonly Type[] PluginTypes = { typeof(JournalingPlugin), typeof(MemberDedupePlugin), typeof(JoinMemberApi), typeof(JoinMemberCallingPlugin) };

        /// <summary>An emulator of this solution with the given steps (from <see cref="Step"/>).</summary>
        public static DataverseEmulator With(params string[] steps)
        {
            var folder = Write(steps);
            try
            {
                return DataverseEmulator.FromSolution(folder, typeof(JournalSolution).Assembly);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        /// <summary>A step as an export writes it, named as the registration tool names it ("Type: Message of table").</summary>
        public static string Step(Type plugin, string message, string table, int stage, string configuration = "", bool asynchronous = false, int rank = 1) =>
            $"<SdkMessageProcessingStep Name=\"{plugin.FullName}: {message} of {(table.Length == 0 ? "any entity" : table)}\" SdkMessageProcessingStepId=\"{{{Guid.NewGuid()}}}\">" +
            $"<PluginTypeName>{plugin.FullName}, {AssemblyName}</PluginTypeName><PluginTypeId>{TypeId(plugin)}</PluginTypeId>" +
            $"<PrimaryEntity>{(table.Length == 0 ? "none" : table)}</PrimaryEntity><AsyncAutoDelete>0</AsyncAutoDelete><Configuration>{configuration}</Configuration>" +
            $"<InvocationSource>1</InvocationSource><Mode>{(asynchronous ? 1 : 0)}</Mode><Rank>{rank}</Rank>" +
            (message == "Create" ? $"<SdkMessageId>{CreateMessageId}</SdkMessageId>" : string.Empty) +
            $"<EventHandlerTypeCode>4602</EventHandlerTypeCode><Stage>{stage}</Stage></SdkMessageProcessingStep>";

        private static string Write(string[] steps)
        {
            var folder = Path.Combine(Path.GetTempPath(), "dynamicswifi-journal-" + Guid.NewGuid().ToString("N"));
            var files = new Dictionary<string, string>
            {
                ["solution.xml"] = "<ImportExportXml><SolutionManifest><UniqueName>Journal</UniqueName></SolutionManifest></ImportExportXml>",
                ["[Content_Types].xml"] = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/octet-stream\" /></Types>",
                ["customizations.xml"] = Customizations(steps),
                ["customapis/cr_JoinMember/customapi.xml"] =
                    "<customapi uniquename=\"cr_JoinMember\"><allowedcustomprocessingsteptype>2</allowedcustomprocessingsteptype><bindingtype>0</bindingtype>" +
                    $"<isfunction>0</isfunction><isprivate>0</isprivate><plugintypeid><plugintypeid>{TypeId(typeof(JoinMemberApi))}</plugintypeid></plugintypeid></customapi>",
                ["customapis/cr_JoinMember/customapirequestparameters/cr_JoinMember.Email/customapirequestparameter.xml"] =
                    "<customapirequestparameter uniquename=\"Email\"><isoptional>0</isoptional><type>10</type></customapirequestparameter>",
                ["customapis/cr_JoinMember/customapiresponseproperties/cr_JoinMember.MemberId/customapiresponseproperty.xml"] =
                    "<customapiresponseproperty uniquename=\"MemberId\"><type>12</type></customapiresponseproperty>",
            };

            foreach (var (path, text) in files)
            {
                var full = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text, new UTF8Encoding(false));
            }

            return folder;
        }

        private static string Customizations(string[] steps) =>
            "<ImportExportXml><Entities>" +
            Table(Visit, Attribute("cr_memberid", "lookup", "<LookupStyle>single</LookupStyle><LookupTypes />"), string.Empty) +
            Table(Member, Text("cr_email"), "<EntityKey><Name>cr_member_email</Name><LogicalName>cr_member_email</LogicalName><EntityKeyAttributes><AttributeName>cr_email</AttributeName></EntityKeyAttributes></EntityKey>") +
            Table(Journal, Attribute("cr_stage", "int", "<MinValue>0</MinValue><MaxValue>100</MaxValue>") + Attribute("cr_depth", "int", "<MinValue>0</MinValue><MaxValue>100</MaxValue>") +
                Attribute("cr_intransaction", "bit", string.Empty), string.Empty) +
            "</Entities><Roles /><Workflows /><FieldSecurityProfiles /><Templates /><EntityMaps /><EntityRelationships>" +
            "<EntityRelationship Name=\"cr_member_cr_visit\"><EntityRelationshipType>OneToMany</EntityRelationshipType><ReferencingEntityName>cr_visit</ReferencingEntityName>" +
            "<ReferencedEntityName>cr_member</ReferencedEntityName><CascadeAssign>NoCascade</CascadeAssign><CascadeDelete>RemoveLink</CascadeDelete>" +
            "<ReferencingAttributeName>cr_memberid</ReferencingAttributeName></EntityRelationship>" +
            "</EntityRelationships><Languages><Language>1033</Language></Languages>" +
            $"<SolutionPluginAssemblies><PluginAssembly FullName=\"{AssemblyName}\" PluginAssemblyId=\"{{5d7c4b7e-0f5e-4c1b-9a3d-2b8e6f1a0c01}}\"><PluginTypes>" +
            string.Concat(PluginTypes.Select(type => $"<PluginType AssemblyQualifiedName=\"{type.FullName}, {AssemblyName}\" PluginTypeId=\"{TypeId(type)}\" Name=\"{type.FullName}\" />")) +
            "</PluginTypes></PluginAssembly></SolutionPluginAssemblies>" +
            "<SdkMessageProcessingSteps>" + string.Concat(steps) + "</SdkMessageProcessingSteps></ImportExportXml>";

        private static string Table(string name, string columns, string keys) =>
            $"<Entity><Name LocalizedName=\"{name}\" OriginalName=\"{name}\">{name}</Name><EntityInfo><entity Name=\"{name}\"><attributes>" +
            Attribute(name + "id", "primarykey", string.Empty) +
            Attribute("cr_name", "nvarchar", "<MaxLength>100</MaxLength>", "PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid") +
            columns +
            $"</attributes><EntityKeys>{keys}</EntityKeys><EntitySetName>{name}s</EntitySetName><OwnershipTypeMask>OrgOwned</OwnershipTypeMask></entity></EntityInfo></Entity>";

        private static string Text(string name) => Attribute(name, "nvarchar", "<MaxLength>100</MaxLength>");

        private static string Attribute(string name, string type, string details, string displayMask = "ValidForAdvancedFind|ValidForForm|ValidForGrid") =>
            $"<attribute PhysicalName=\"{name}\"><Type>{type}</Type><Name>{name}</Name><LogicalName>{name}</LogicalName>" +
            $"<RequiredLevel>none</RequiredLevel><DisplayMask>{displayMask}</DisplayMask>{details}</attribute>";

        // A stable PluginTypeId per type, as an export carries one per registered type.
        private static Guid TypeId(Type plugin)
        {
            using var md5 = System.Security.Cryptography.MD5.Create();
            return new Guid(md5.ComputeHash(Encoding.UTF8.GetBytes(plugin.FullName!)));
        }
    }
}
