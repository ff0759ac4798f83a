using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.WebApi.Tests
{
    [TestClass]
    public sealed class RowRouteTests
    {
        [TestMethod]
        public async Task Post_Answers204WithTheNewRowsUrl_AndGetReadsItBack()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var code = Codes.New();

            var created = await client.Post("lib_libraries", new { lib_name = "Central", lib_code = code, lib_visits = 12 });
            var id = HostClient.EntityId(created);
            var read = await client.Get($"lib_libraries({id})?$select=lib_name,lib_visits");

            Assert.AreEqual(HttpStatusCode.NoContent, created.StatusCode);
            StringAssert.StartsWith(created.Headers.GetValues("OData-EntityId").Single(), client.ServiceRoot + "lib_libraries(");
            var row = await HostClient.Json(read);
            Assert.AreEqual("Central", row.GetProperty("lib_name").GetString());
            Assert.AreEqual(12, row.GetProperty("lib_visits").GetInt32());
            Assert.AreEqual(id, row.GetProperty("lib_libraryid").GetGuid());
            StringAssert.StartsWith(row.GetProperty("@odata.etag").GetString(), "W/\"");
            Assert.AreEqual(client.ServiceRoot + "$metadata#lib_libraries(lib_name,lib_visits)/$entity", row.GetProperty("@odata.context").GetString());
        }

        [TestMethod]
        public async Task PostWithReturnRepresentation_Answers201WithTheRow()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var created = await client.Post("lib_libraries?$select=lib_name,lib_code", new { lib_name = "North", lib_code = Codes.New() }, ("Prefer", "return=representation"));

            Assert.AreEqual(HttpStatusCode.Created, created.StatusCode);
            Assert.AreEqual("North", (await HostClient.Json(created)).GetProperty("lib_name").GetString());
        }

        [TestMethod]
        public async Task GetWithoutSelect_ReturnsEveryColumnWithNullsForEmptyOnes()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var id = HostClient.EntityId(await client.Post("lib_libraries", new { lib_name = "All", lib_code = Codes.New() }));

            var row = await HostClient.Json(await client.Get($"lib_libraries({id})"));

            Assert.AreEqual(System.Text.Json.JsonValueKind.Null, row.GetProperty("lib_visits").ValueKind);
            Assert.AreEqual(0, row.GetProperty("statecode").GetInt32());
            Assert.IsTrue(row.TryGetProperty("_ownerid_value", out _));
        }

        [TestMethod]
        public async Task GetByAlternateKey_FindsTheRow()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var code = Codes.New();
            var id = HostClient.EntityId(await client.Post("lib_libraries", new { lib_name = "Keyed", lib_code = code }));

            var row = await HostClient.Json(await client.Get($"lib_libraries(lib_code='{code}')?$select=lib_name"));

            Assert.AreEqual(id, row.GetProperty("lib_libraryid").GetGuid());
        }

        [TestMethod]
        public async Task GetByCompositeKey_FindsTheRow()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var shelf = Codes.New().Substring(0, 10);
            var id = HostClient.EntityId(await client.Post("lib_books", new { lib_name = "Dune", lib_shelf = shelf, lib_position = 7 }));

            var row = await HostClient.Json(await client.Get($"lib_books(lib_shelf='{shelf}',lib_position=7)?$select=lib_name"));

            Assert.AreEqual(id, row.GetProperty("lib_bookid").GetGuid());
            Assert.AreEqual("Dune", row.GetProperty("lib_name").GetString());
        }

        [TestMethod]
        public async Task PatchByKey_CreatesWhenMissingThenUpdates()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var code = Codes.New();

            var first = await client.Patch($"lib_libraries(lib_code='{code}')", new { lib_name = "Upserted" }, ("Prefer", "return=representation"));
            var second = await client.Patch($"lib_libraries(lib_code='{code}')", new { lib_visits = 3 }, ("Prefer", "return=representation"));

            Assert.AreEqual(HttpStatusCode.Created, first.StatusCode);
            Assert.AreEqual(HttpStatusCode.OK, second.StatusCode);
            var row = await HostClient.Json(second);
            Assert.AreEqual("Upserted", row.GetProperty("lib_name").GetString());
            Assert.AreEqual(3, row.GetProperty("lib_visits").GetInt32());
            Assert.AreEqual(code, row.GetProperty("lib_code").GetString());
        }

        [TestMethod]
        public async Task PatchWithIfMatchStar_OnAMissingRow_Answers404AndCreatesNothing()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var code = Codes.New();

            var response = await client.Patch($"lib_libraries(lib_code='{code}')", new { lib_name = "Nope" }, ("If-Match", "*"));

            Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
            Assert.AreEqual(HttpStatusCode.NotFound, (await client.Get($"lib_libraries(lib_code='{code}')")).StatusCode);
        }

        [TestMethod]
        public async Task PatchWithIfNoneMatchStar_OnAnExistingRow_Answers412()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var id = HostClient.EntityId(await client.Post("lib_libraries", new { lib_name = "Exists", lib_code = Codes.New() }));

            var response = await client.Patch($"lib_libraries({id})", new { lib_name = "Again" }, ("If-None-Match", "*"));

            Assert.AreEqual(HttpStatusCode.PreconditionFailed, response.StatusCode);
        }

        [TestMethod]
        public async Task PatchWithTheCurrentETag_Updates_AndWithAStaleOne_Answers412()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var id = HostClient.EntityId(await client.Post("lib_libraries", new { lib_name = "Versioned", lib_code = Codes.New() }));
            var etag = (await HostClient.Json(await client.Get($"lib_libraries({id})?$select=lib_name"))).GetProperty("@odata.etag").GetString()!;

            var fresh = await client.Patch($"lib_libraries({id})", new { lib_visits = 1 }, ("If-Match", etag));
            var stale = await client.Patch($"lib_libraries({id})", new { lib_visits = 2 }, ("If-Match", etag));

            Assert.AreEqual(HttpStatusCode.NoContent, fresh.StatusCode);
            Assert.AreEqual(HttpStatusCode.PreconditionFailed, stale.StatusCode);
            Assert.AreEqual("0x80060882", (await HostClient.Json(stale)).GetProperty("error").GetProperty("code").GetString());
        }

        [TestMethod]
        public async Task GetWithIfNoneMatchOfTheCurrentVersion_Answers304()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var id = HostClient.EntityId(await client.Post("lib_libraries", new { lib_name = "Cached", lib_code = Codes.New() }));
            var etag = (await HostClient.Json(await client.Get($"lib_libraries({id})?$select=lib_name"))).GetProperty("@odata.etag").GetString()!;

            var response = await client.Get($"lib_libraries({id})?$select=lib_name", ("If-None-Match", etag));

            Assert.AreEqual(HttpStatusCode.NotModified, response.StatusCode);
        }

        [TestMethod]
        public async Task Delete_RemovesTheRow()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var id = HostClient.EntityId(await client.Post("lib_libraries", new { lib_name = "Gone", lib_code = Codes.New() }));

            var deleted = await client.Delete($"lib_libraries({id})");

            Assert.AreEqual(HttpStatusCode.NoContent, deleted.StatusCode);
            Assert.AreEqual(HttpStatusCode.NotFound, (await client.Get($"lib_libraries({id})")).StatusCode);
        }

        [TestMethod]
        public async Task ODataBind_SetsTheLookup_ByIdOrByAlternateKey()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var code = Codes.New();
            var library = HostClient.EntityId(await client.Post("lib_libraries", new { lib_name = "Home", lib_code = code }));

            var byId = HostClient.EntityId(await client.Post("lib_books", new Dictionary<string, object> { ["lib_name"] = "A", ["lib_LibraryId@odata.bind"] = $"/lib_libraries({library})" }));
            var byKey = HostClient.EntityId(await client.Post("lib_books", new Dictionary<string, object> { ["lib_name"] = "B", ["lib_LibraryId@odata.bind"] = $"lib_libraries(lib_code='{code}')" }));

            foreach (var book in new[] { byId, byKey })
            {
                var row = await HostClient.Json(await client.Get($"lib_books({book})?$select=_lib_libraryid_value"));
                Assert.AreEqual(library, row.GetProperty("_lib_libraryid_value").GetGuid());
            }
        }

        [TestMethod]
        public async Task ExpandOfALookup_NestsTheRelatedRow()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var library = HostClient.EntityId(await client.Post("lib_libraries", new { lib_name = "Expanded", lib_code = Codes.New() }));
            var book = HostClient.EntityId(await client.Post("lib_books", new Dictionary<string, object> { ["lib_name"] = "C", ["lib_LibraryId@odata.bind"] = $"/lib_libraries({library})" }));

            var row = await HostClient.Json(await client.Get($"lib_books({book})?$select=lib_name&$expand=lib_LibraryId($select=lib_name)"));

            var nested = row.GetProperty("lib_LibraryId");
            Assert.AreEqual("Expanded", nested.GetProperty("lib_name").GetString());
            Assert.AreEqual(library, nested.GetProperty("lib_libraryid").GetGuid());
        }

        [TestMethod]
        public async Task IncludeAnnotations_AddsFormattedValuesAndLookupNames()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var library = HostClient.EntityId(await client.Post("lib_libraries", new { lib_name = "Annotated", lib_code = Codes.New() }));
            var book = HostClient.EntityId(await client.Post("lib_books", new Dictionary<string, object> { ["lib_name"] = "D", ["lib_genre"] = 2, ["lib_LibraryId@odata.bind"] = $"/lib_libraries({library})" }));

            var row = await HostClient.Json(await client.Get($"lib_books({book})?$select=lib_genre,_lib_libraryid_value", ("Prefer", "odata.include-annotations=\"*\"")));

            Assert.AreEqual("Science", row.GetProperty("lib_genre@OData.Community.Display.V1.FormattedValue").GetString());
            Assert.AreEqual("Annotated", row.GetProperty("_lib_libraryid_value@OData.Community.Display.V1.FormattedValue").GetString());
            Assert.AreEqual("lib_library", row.GetProperty("_lib_libraryid_value@Microsoft.Dynamics.CRM.lookuplogicalname").GetString());
        }

        [TestMethod]
        public async Task TypedColumns_RoundTripAsDataverseWritesThem()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var book = HostClient.EntityId(await client.Post("lib_books", new { lib_name = "Typed", lib_price = 12.5m, lib_available = true, lib_published = "2026-03-18T15:05:00Z", lib_genre = 1 }));
            var row = await HostClient.Json(await client.Get($"lib_books({book})?$select=lib_price,lib_available,lib_published,lib_genre"));

            Assert.AreEqual(12.5m, row.GetProperty("lib_price").GetDecimal());
            Assert.IsTrue(row.GetProperty("lib_available").GetBoolean());
            Assert.AreEqual("2026-03-18T15:05:00Z", row.GetProperty("lib_published").GetString());
            Assert.AreEqual(1, row.GetProperty("lib_genre").GetInt32());
        }

        [TestMethod]
        public async Task OurContact_IsAddressedByItsHashedIdentityKey()
        {
            var client = await HostClient.SignIn(await TestHosts.OurSolution());
            var email = Codes.New().ToLowerInvariant() + "@example.com";
            var id = HostClient.EntityId(await client.Post("contacts", new { firstname = "Ann", emailaddress1 = email }));
            var key = "email-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email))).ToLowerInvariant();

            var response = await client.Get($"contacts(cr_wifi_identitykey='{key}')?$select=firstname,cr_wifi_identitykey");

            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
            var row = await HostClient.Json(response);
            Assert.AreEqual(id, row.GetProperty("contactid").GetGuid());
            Assert.AreEqual(key, row.GetProperty("cr_wifi_identitykey").GetString());
        }
    }
}
