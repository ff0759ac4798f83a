using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.WebApi.Tests
{
    [TestClass]
    public sealed class CollectionQueryTests
    {
        [TestMethod]
        public async Task SelectFilterOrderTop_ReturnTheRowsAsked()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var (shelf, _) = await Books.OnNewShelf(client, 6);

            var response = await client.Get($"lib_books?$select=lib_name,lib_position&$filter=lib_shelf eq '{shelf}' and lib_position gt 2&$orderby=lib_position desc&$top=3");

            var rows = (await HostClient.Json(response)).GetProperty("value").EnumerateArray().ToList();
            CollectionAssert.AreEqual(new[] { 6, 5, 4 }, rows.Select(row => row.GetProperty("lib_position").GetInt32()).ToArray());
            Assert.AreEqual("Book 6", rows[0].GetProperty("lib_name").GetString());
        }

        [TestMethod]
        public async Task Count_GivesTheNumberOfMatchingRows()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var (shelf, _) = await Books.OnNewShelf(client, 4);

            var body = await HostClient.Json(await client.Get($"lib_books?$select=lib_name&$filter=lib_shelf eq '{shelf}'&$count=true", ("Prefer", "odata.maxpagesize=2")));

            Assert.AreEqual(4, body.GetProperty("@odata.count").GetInt32());
            Assert.AreEqual(2, body.GetProperty("value").GetArrayLength());
        }

        [TestMethod]
        public async Task MaxPageSize_PagesAcrossThreePagesByNextLink_EveryRowOnce()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var (shelf, ids) = await Books.OnNewShelf(client, 7);
            var seen = new List<Guid>();
            var pages = new List<int>();

            string? next = client.ServiceRoot + $"lib_books?$select=lib_name&$filter=lib_shelf eq '{shelf}'&$orderby=lib_position";
            while (next != null)
            {
                var response = await client.Http.SendAsync(new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, next) { Headers = { { "Prefer", "odata.maxpagesize=3" } } });
                Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
                Assert.AreEqual("odata.maxpagesize=3", response.Headers.GetValues("Preference-Applied").Single());
                var body = await HostClient.Json(response);
                var page = body.GetProperty("value").EnumerateArray().Select(row => row.GetProperty("lib_bookid").GetGuid()).ToList();
                pages.Add(page.Count);
                seen.AddRange(page);
                next = body.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
            }

            CollectionAssert.AreEqual(new[] { 3, 3, 1 }, pages);
            CollectionAssert.AreEqual(ids, seen);
        }

        [TestMethod]
        public async Task ExpandInACollection_NestsEachRowsRelatedRow()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var code = Codes.New();
            var library = HostClient.EntityId(await client.Post("lib_libraries", new { lib_name = "Branch " + code, lib_code = code }));
            var shelf = Codes.New().Substring(0, 10);
            await client.Post("lib_books", new Dictionary<string, object> { ["lib_name"] = "Linked", ["lib_shelf"] = shelf, ["lib_position"] = 1, ["lib_LibraryId@odata.bind"] = $"/lib_libraries({library})" });
            await client.Post("lib_books", new Dictionary<string, object> { ["lib_name"] = "Alone", ["lib_shelf"] = shelf, ["lib_position"] = 2 });

            var rows = (await HostClient.Json(await client.Get($"lib_books?$select=lib_name&$filter=lib_shelf eq '{shelf}'&$orderby=lib_position&$expand=lib_LibraryId($select=lib_name,lib_code)")))
                .GetProperty("value").EnumerateArray().ToList();

            Assert.AreEqual("Branch " + code, rows[0].GetProperty("lib_LibraryId").GetProperty("lib_name").GetString());
            Assert.AreEqual(code, rows[0].GetProperty("lib_LibraryId").GetProperty("lib_code").GetString());
            Assert.AreEqual(JsonValueKind.Null, rows[1].GetProperty("lib_LibraryId").ValueKind);
        }

        [TestMethod]
        public async Task FetchXml_RunsTheFetchAndAnnotatesPaging()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var (shelf, _) = await Books.OnNewShelf(client, 3);
            var fetch = $"<fetch count='2'><entity name='lib_book'><attribute name='lib_name' /><attribute name='lib_position' /><filter><condition attribute='lib_shelf' operator='eq' value='{shelf}' /></filter><order attribute='lib_position' /></entity></fetch>";

            var body = await HostClient.Json(await client.Get("lib_books?fetchXml=" + Uri.EscapeDataString(fetch)));

            var rows = body.GetProperty("value").EnumerateArray().ToList();
            CollectionAssert.AreEqual(new[] { 1, 2 }, rows.Select(row => row.GetProperty("lib_position").GetInt32()).ToArray());
            Assert.IsTrue(body.GetProperty("@Microsoft.Dynamics.CRM.morerecords").GetBoolean());
        }

        [TestMethod]
        public async Task SystemJobs_AreReadableAsAsyncOperations_AfterTheBackgroundRunsThem()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var loan = HostClient.EntityId(await client.Post("lib_loans", new { lib_name = "new" }));

            var stamped = await Poll.Until(async () => (await HostClient.Json(await client.Get($"lib_loans({loan})?$select=lib_name"))).GetProperty("lib_name").GetString() == "stamped");

            // The job's row is marked Succeeded just after the step's own write commits, so wait for the row too.
            var succeeded = await Poll.Until(async () => (await HostClient.Json(await client.Get("asyncoperations?$select=statuscode,name&$filter=statuscode eq 30"))).GetProperty("value").GetArrayLength() >= 1);

            Assert.IsTrue(stamped, "The asynchronous step never ran.");
            Assert.IsTrue(succeeded, "No System Job reads as Succeeded.");
        }
    }
}
