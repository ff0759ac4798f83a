using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Throttling;
using DynamicsWifi.WebApi.Tests.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.WebApi.Tests
{
    [TestClass]
    public sealed class ServiceDocumentTests
    {
        [TestMethod]
        public async Task ServiceDocument_ListsEveryEntitySetOfTheSolution()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Get(string.Empty);

            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
            var sets = (await HostClient.Json(response)).GetProperty("value").EnumerateArray().Select(set => set.GetProperty("name").GetString()).ToList();
            CollectionAssert.IsSubsetOf(new[] { "lib_books", "lib_libraries", "lib_loans", "systemusers", "asyncoperations" }, sets);
        }

        [TestMethod]
        public async Task Metadata_IsCsdlWithTheSolutionsTablesKeysAndCustomApis()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Get("$metadata");
            var csdl = await response.Content.ReadAsStringAsync();

            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.AreEqual("application/xml", response.Content.Headers.ContentType!.MediaType);
            StringAssert.Contains(csdl, "<EntitySet Name=\"lib_books\" EntityType=\"Microsoft.Dynamics.CRM.lib_book\"");
            StringAssert.Contains(csdl, "<Property Name=\"_lib_libraryid_value\" Type=\"Edm.Guid\"");
            StringAssert.Contains(csdl, "<NavigationProperty Name=\"lib_LibraryId\" Type=\"Microsoft.Dynamics.CRM.lib_library\" Partner=\"lib_library_books\"");
            StringAssert.Contains(csdl, "<NavigationProperty Name=\"lib_library_books\" Type=\"Collection(Microsoft.Dynamics.CRM.lib_book)\" Partner=\"lib_LibraryId\"");
            StringAssert.Contains(csdl, "<Action Name=\"lib_Echo\"");
            StringAssert.Contains(csdl, "<Function Name=\"lib_CountBooks\"");
            StringAssert.Contains(csdl, "<ComplexType Name=\"lib_EchoResponse\"");
            StringAssert.Contains(csdl, "<Function Name=\"WhoAmI\"");
        }

        [TestMethod]
        public async Task Metadata_LeavesPrivateCustomApisOut()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var csdl = await (await client.Get("$metadata")).Content.ReadAsStringAsync();

            Assert.IsFalse(csdl.Contains("lib_PrivateEcho", System.StringComparison.Ordinal));
        }

        [TestMethod]
        public async Task OurSolution_ServesContactsWithTheIdentityKeyColumn()
        {
            var client = await HostClient.SignIn(await TestHosts.OurSolution());

            var csdl = await (await client.Get("$metadata")).Content.ReadAsStringAsync();

            StringAssert.Contains(csdl, "<EntitySet Name=\"contacts\" EntityType=\"Microsoft.Dynamics.CRM.contact\"");
            StringAssert.Contains(csdl, "<Property Name=\"cr_wifi_identitykey\" Type=\"Edm.String\"");
        }

        [TestMethod]
        public async Task SolutionZip_IsServedAsItsFolderIs()
        {
            var zip = Path.Combine(Path.GetTempPath(), "dynamicswifi-webapi-library-" + Guid.NewGuid().ToString("N") + ".zip");
            ZipFile.CreateFromDirectory(LibrarySolution.Path, zip);
            await using var host = await TestHosts.Start(zip, ServiceProtectionLimits.Off, typeof(EchoApiPlugin).Assembly);
            var client = await HostClient.SignIn(host);

            var echoed = await HostClient.Json(await client.Post("lib_Echo", new { Text = "zip" }));
            var created = await client.Post("lib_libraries", new { lib_name = "Zipped", lib_code = Codes.New() });

            Assert.AreEqual("zip", echoed.GetProperty("Echo").GetString());
            Assert.AreEqual(HttpStatusCode.NoContent, created.StatusCode);
        }
    }
}
