using System;
using System.IO;
using System.Text;

namespace DynamicsWifi.WebApi.Benchmarks
{
    /// <summary>A solution of one custom API, cr_BenchEcho (Text in, Echo out, run by <see cref="BenchEchoPlugin"/>), written to
    /// a temporary folder in the exported-zip layout, for the Web API host to serve as it serves any solution.</summary>
    internal static class BenchEchoSolution
    {
        private const string TypeId = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";

        public static string Write()
        {
            var folder = Path.Combine(Path.GetTempPath(), "dynamicswifi-bench-echo-" + Guid.NewGuid().ToString("N"));
            var assembly = typeof(BenchEchoPlugin).Assembly.FullName;
            Save(folder, "solution.xml", "<ImportExportXml><SolutionManifest><UniqueName>BenchEcho</UniqueName></SolutionManifest></ImportExportXml>");
            Save(folder, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/octet-stream\" /></Types>");
            Save(folder, "customizations.xml",
                "<ImportExportXml><Entities /><Roles /><Workflows /><FieldSecurityProfiles /><Templates /><EntityMaps /><EntityRelationships />" +
                $"<SolutionPluginAssemblies><PluginAssembly FullName=\"{assembly}\" PluginAssemblyId=\"{Guid.NewGuid()}\"><PluginTypes>" +
                $"<PluginType AssemblyQualifiedName=\"{typeof(BenchEchoPlugin).FullName}, {assembly}\" PluginTypeId=\"{TypeId}\" Name=\"{typeof(BenchEchoPlugin).FullName}\" />" +
                "</PluginTypes></PluginAssembly></SolutionPluginAssemblies><Languages><Language>1033</Language></Languages></ImportExportXml>");
            Save(folder, "customapis/cr_BenchEcho/customapi.xml",
                "<customapi uniquename=\"cr_BenchEcho\"><allowedcustomprocessingsteptype>2</allowedcustomprocessingsteptype><bindingtype>0</bindingtype>" +
                $"<isfunction>0</isfunction><name>cr_BenchEcho</name><plugintypeid><plugintypeexportkey>{TypeId}</plugintypeexportkey></plugintypeid></customapi>");
            Save(folder, "customapis/cr_BenchEcho/customapirequestparameters/Text/customapirequestparameter.xml",
                "<customapirequestparameter uniquename=\"Text\"><isoptional>0</isoptional><name>Text</name><type>10</type></customapirequestparameter>");
            Save(folder, "customapis/cr_BenchEcho/customapiresponseproperties/Echo/customapiresponseproperty.xml",
                "<customapiresponseproperty uniquename=\"Echo\"><name>Echo</name><type>10</type></customapiresponseproperty>");
            return folder;
        }

        private static void Save(string folder, string path, string text)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }
    }
}
