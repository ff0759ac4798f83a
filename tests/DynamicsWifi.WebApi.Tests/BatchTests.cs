using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.WebApi.Tests
{
    [TestClass]
    public sealed class BatchTests
    {
        [TestMethod]
        public async Task ChangeSetFailingInItsThirdRequest_WritesNothing()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var code = Codes.New();
            var book = "Book " + Codes.New();

            var response = await Send(client, ChangeSet(
                Part(1, "POST", "lib_libraries", $"{{\"lib_name\":\"Batch\",\"lib_code\":\"{code}\"}}"),
                Part(2, "POST", "lib_books", $"{{\"lib_name\":\"{book}\",\"lib_LibraryId@odata.bind\":\"$1\"}}"),
                Part(3, "POST", "lib_libraries", $"{{\"lib_name\":\"{new string('x', 101)}\",\"lib_code\":\"{Codes.New()}\"}}")));
            var text = await response.Content.ReadAsStringAsync();

            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, text);
            StringAssert.StartsWith(response.Content.Headers.ContentType!.ToString(), "multipart/mixed");
            StringAssert.Contains(text, "HTTP/1.1 400");
            StringAssert.Contains(text, "0x80044331");
            Assert.AreEqual(HttpStatusCode.NotFound, (await client.Get($"lib_libraries(lib_code='{code}')")).StatusCode);
            Assert.AreEqual(0, (await HostClient.Json(await client.Get($"lib_books?$filter=lib_name eq '{book}'"))).GetProperty("value").GetArrayLength());
        }

        [TestMethod]
        public async Task ChangeSet_CommitsTogether_WithContentIdReferences_ThenAGetSeesIt()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var code = Codes.New();

            var response = await Send(
                client,
                ChangeSet(
                    Part(1, "POST", "lib_libraries", $"{{\"lib_name\":\"Batch\",\"lib_code\":\"{code}\"}}"),
                    Part(2, "POST", "lib_books", "{\"lib_name\":\"Referenced\",\"lib_LibraryId@odata.bind\":\"$1\"}")),
                Alone("GET", $"lib_libraries(lib_code='{code}')?$select=lib_name"));
            var text = await response.Content.ReadAsStringAsync();

            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.AreEqual(2, Count(text, "HTTP/1.1 204"));
            StringAssert.Contains(text, "HTTP/1.1 200");
            StringAssert.Contains(text, "\"lib_name\":\"Batch\"");
            var library = (await HostClient.Json(await client.Get($"lib_libraries(lib_code='{code}')?$select=lib_name"))).GetProperty("lib_libraryid").GetGuid();
            var books = await HostClient.Json(await client.Get($"lib_books?$select=lib_name&$filter=_lib_libraryid_value eq {library}"));
            Assert.AreEqual(1, books.GetProperty("value").GetArrayLength());
        }

        [TestMethod]
        public async Task GetInsideAChangeSet_IsRefused()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await Send(client, ChangeSet(Part(1, "GET", "lib_books", null)));

            Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        }

        private const string Boundary = "batch_8f1c";
        private const string ChangeSetBoundary = "changeset_3d2a";

        private static Task<HttpResponseMessage> Send(HostClient client, params string[] sections)
        {
            var body = new StringBuilder();
            foreach (var section in sections)
            {
                body.Append("--").Append(Boundary).Append("\r\n").Append(section);
            }

            body.Append("--").Append(Boundary).Append("--\r\n");
            var content = new StringContent(body.ToString(), Encoding.UTF8);
            content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/mixed;boundary=" + Boundary);
            return client.Http.PostAsync(client.ServiceRoot + "$batch", content);
        }

        private static string ChangeSet(params string[] parts)
        {
            var text = new StringBuilder("Content-Type: multipart/mixed;boundary=" + ChangeSetBoundary + "\r\n\r\n");
            foreach (var part in parts)
            {
                text.Append("--").Append(ChangeSetBoundary).Append("\r\n").Append(part);
            }

            return text.Append("--").Append(ChangeSetBoundary).Append("--\r\n\r\n").ToString();
        }

        private static string Part(int contentId, string method, string url, string? json) =>
            "Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: " + contentId + "\r\n\r\n" +
            method + " " + url + " HTTP/1.1\r\n" + (json == null ? "\r\n" : "Content-Type: application/json\r\n\r\n" + json + "\r\n");

        private static string Alone(string method, string url) =>
            "Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" + method + " " + url + " HTTP/1.1\r\nAccept: application/json\r\n\r\n";

        private static int Count(string text, string part)
        {
            var count = 0;
            for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }
}
