using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>Navigation properties named as the solution's relationships name them, both ways: $expand and GET of a
    /// single-valued one (lib_book.lib_LibraryId) and of its collection-valued partner (lib_library.lib_library_books).</summary>
    [TestClass]
    public sealed class NavigationTests
    {
        [TestMethod]
        public async Task OurSolution_NamesNavigationPropertiesAsItsRelationshipDoes()
        {
            var client = await HostClient.SignIn(await TestHosts.OurSolution());

            var csdl = await (await client.Get("$metadata")).Content.ReadAsStringAsync();

            StringAssert.Contains(csdl, "<NavigationProperty Name=\"cr_contactid\" Type=\"Microsoft.Dynamics.CRM.contact\" Partner=\"cr_contact_cr_wifivisit\"");
            StringAssert.Contains(csdl, "<NavigationProperty Name=\"cr_contact_cr_wifivisit\" Type=\"Collection(Microsoft.Dynamics.CRM.cr_wifivisit)\" Partner=\"cr_contactid\"");
        }

        [TestMethod]
        public async Task ExpandOfACollection_NestsTheRelatedRows_WithTheirOwnFilterOrderAndTop()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var library = await Library(client, ("Dune", 1, 3), ("Emma", 2, 1), ("Faust", 3, 5), ("Gigi", 4, 2));
            var other = await Library(client, ("Hamlet", 1, 9));

            var row = await HostClient.Json(await client.Get(
                $"lib_libraries({library})?$select=lib_name&$expand=lib_library_books($select=lib_name;$filter=lib_copies ge 2;$orderby=lib_position desc;$top=2)"));

            CollectionAssert.AreEqual(new[] { "Gigi", "Faust" }, Names(row.GetProperty("lib_library_books")));
            Assert.IsFalse(Names(row.GetProperty("lib_library_books")).Contains("Hamlet"), "Another library's book was nested: " + other);
        }

        [TestMethod]
        public async Task ExpandOfACollection_InACollectionGet_GivesEachRowItsOwnRelatedRows()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var first = await Library(client, ("Ivanhoe", 1, 1), ("Jane Eyre", 2, 1));
            var second = await Library(client, ("Kim", 1, 1));
            var empty = await Library(client);

            var rows = (await HostClient.Json(await client.Get(
                    $"lib_libraries?$select=lib_name&$filter=lib_libraryid eq {first} or lib_libraryid eq {second} or lib_libraryid eq {empty}&$expand=lib_library_books($select=lib_name;$orderby=lib_position)")))
                .GetProperty("value").EnumerateArray().ToDictionary(library => library.GetProperty("lib_libraryid").GetGuid());

            CollectionAssert.AreEqual(new[] { "Ivanhoe", "Jane Eyre" }, Names(rows[first].GetProperty("lib_library_books")));
            CollectionAssert.AreEqual(new[] { "Kim" }, Names(rows[second].GetProperty("lib_library_books")));
            Assert.AreEqual(0, rows[empty].GetProperty("lib_library_books").GetArrayLength());
        }

        [TestMethod]
        public async Task GetOfACollectionProperty_QueriesAndPagesTheRelatedRows()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var library = await Library(client, ("Lolita", 1, 1), ("Middlemarch", 2, 1), ("Nostromo", 3, 1));
            await Library(client, ("Othello", 1, 1));

            var first = await HostClient.Json(await client.Get($"lib_libraries({library})/lib_library_books?$select=lib_name&$orderby=lib_position", ("Prefer", "odata.maxpagesize=2")));
            var next = first.GetProperty("@odata.nextLink").GetString()!;
            var second = await HostClient.Json(await client.Http.GetAsync(next));

            CollectionAssert.AreEqual(new[] { "Lolita", "Middlemarch" }, Names(first.GetProperty("value")));
            CollectionAssert.AreEqual(new[] { "Nostromo" }, Names(second.GetProperty("value")));
            StringAssert.EndsWith(first.GetProperty("@odata.context").GetString(), "$metadata#lib_books(lib_name)");
        }

        [TestMethod]
        public async Task GetOfANavigationProperty_OfAMissingRow_Is404()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Get($"lib_libraries({Guid.NewGuid()})/lib_library_books");

            Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
            Assert.AreEqual("0x80040217", (await HostClient.Json(response)).GetProperty("error").GetProperty("code").GetString());
        }

        [TestMethod]
        public async Task GetOfASingleValuedProperty_GivesTheRowItPointsAt_Or204WhenEmpty()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var library = await Library(client, ("Persuasion", 1, 1));
            var book = (await HostClient.Json(await client.Get($"lib_libraries({library})/lib_library_books?$select=lib_name"))).GetProperty("value")[0].GetProperty("lib_bookid").GetGuid();
            var loose = HostClient.EntityId(await client.Post("lib_books", new { lib_name = "Loose" }));

            var related = await client.Get($"lib_books({book})/lib_LibraryId?$select=lib_name");
            var none = await client.Get($"lib_books({loose})/lib_LibraryId");

            Assert.AreEqual(library, (await HostClient.Json(related)).GetProperty("lib_libraryid").GetGuid());
            Assert.AreEqual(HttpStatusCode.NoContent, none.StatusCode);
        }

        [TestMethod]
        public async Task IncludeAnnotations_NameTheLookupsNavigationProperty()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var library = await Library(client, ("Quo Vadis", 1, 1));

            var book = (await HostClient.Json(await client.Get(
                $"lib_libraries({library})/lib_library_books?$select=_lib_libraryid_value", ("Prefer", "odata.include-annotations=\"Microsoft.Dynamics.CRM.associatednavigationproperty\"")))).GetProperty("value")[0];

            Assert.AreEqual("lib_LibraryId", book.GetProperty("_lib_libraryid_value@Microsoft.Dynamics.CRM.associatednavigationproperty").GetString());
        }

        [TestMethod]
        public async Task NestedExpandInsideALookupsExpansion_IsRefusedRatherThanAnsweredNull()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Get("lib_loans?$expand=lib_bookid($expand=lib_LibraryId)");

            Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
            StringAssert.Contains((await HostClient.Json(response)).GetProperty("error").GetProperty("message").GetString(), "lib_bookid");
        }

        private static async Task<Guid> Library(HostClient client, params (string Name, int Position, int Copies)[] books)
        {
            var library = HostClient.EntityId(await client.Post("lib_libraries", new { lib_name = "Branch", lib_code = Codes.New() }));
            foreach (var (name, position, copies) in books)
            {
                await client.Post("lib_books", new Dictionary<string, object>
                {
                    ["lib_name"] = name,
                    ["lib_position"] = position,
                    ["lib_copies"] = copies,
                    ["lib_LibraryId@odata.bind"] = $"/lib_libraries({library})",
                });
            }

            return library;
        }

        private static string[] Names(JsonElement rows) => rows.EnumerateArray().Select(row => row.GetProperty("lib_name").GetString()!).ToArray();
    }
}
