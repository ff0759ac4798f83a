using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Auth;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>Each refusal with the status and {"error":{"code","message"}} body Dataverse answers it with (the host's
    /// README lists the source of each mapping).</summary>
    [TestClass]
    public sealed class ErrorStatusTests
    {
        [TestMethod]
        public async Task TooLongText_Is400WithTheValidationCode()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Post("lib_libraries", new { lib_name = new string('x', 101), lib_code = Codes.New() });

            await AssertError(response, HttpStatusCode.BadRequest, "0x80044331");
        }

        [TestMethod]
        public async Task PluginRefusal_Is400WithIsvAbortedAndThePluginsMessage()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Post("lib_Echo", new { Text = "reject" });

            var message = await AssertError(response, HttpStatusCode.BadRequest, "0x80040265");
            StringAssert.StartsWith(message, "LIB_REJECTED");
        }

        [TestMethod]
        public async Task UnknownSelectProperty_Is400AsTheFrontEndAnswersIt()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Get("lib_books?$select=Name");

            var message = await AssertError(response, HttpStatusCode.BadRequest, "0x0");
            Assert.AreEqual("Could not find a property named 'Name' on type 'Microsoft.Dynamics.CRM.lib_book'.", message);
        }

        [TestMethod]
        public async Task UnknownBodyProperty_Is400InvalidProperty()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Post("lib_books", new { Name = "x" });

            var message = await AssertError(response, HttpStatusCode.BadRequest, "0x0");
            Assert.AreEqual("Invalid property 'Name' was found in entity 'Microsoft.Dynamics.CRM.lib_book'.", message);
        }

        [TestMethod]
        public async Task MissingPrivilege_Is403PrivilegeDenied()
        {
            var reader = await HostClient.SignIn(await TestHosts.LibraryApi(), LibrarySolution.Reader);

            var response = await reader.Post("lib_libraries", new { lib_name = "Not mine", lib_code = Codes.New() });

            await AssertError(response, HttpStatusCode.Forbidden, "0x80040220");
        }

        [TestMethod]
        public async Task MissingRow_Is404ObjectDoesNotExist()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var id = Guid.NewGuid();

            var response = await client.Get($"lib_books({id})");

            var message = await AssertError(response, HttpStatusCode.NotFound, "0x80040217");
            StringAssert.Contains(message, id.ToString());
        }

        [TestMethod]
        public async Task MissingRowByKey_Is404RecordNotFoundByEntityKey()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Get($"lib_libraries(lib_code='{Codes.New()}')");

            await AssertError(response, HttpStatusCode.NotFound, "0x80060891");
        }

        [TestMethod]
        public async Task UnknownEntitySet_Is404ResourceNotFoundForTheSegment()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Get("Books");

            var message = await AssertError(response, HttpStatusCode.NotFound, "0x8006088a");
            Assert.AreEqual("Resource not found for the segment 'Books'.", message);
        }

        [TestMethod]
        public async Task FunctionCalledWithPost_Is404NoHttpResource()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Post("WhoAmI", new { });

            var message = await AssertError(response, HttpStatusCode.NotFound, string.Empty);
            StringAssert.StartsWith(message, "No HTTP resource was found that matches the request URI");
        }

        [TestMethod]
        public async Task DuplicateAlternateKey_Is412DuplicateRecordEntityKey()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            var code = Codes.New();
            await client.Post("lib_libraries", new { lib_name = "First", lib_code = code });

            var response = await client.Post("lib_libraries", new { lib_name = "Second", lib_code = code });

            await AssertError(response, HttpStatusCode.PreconditionFailed, "0x80060892");
        }

        [TestMethod]
        public async Task NoToken_Is401WithABearerChallenge()
        {
            var host = await TestHosts.LibraryApi();
            using var http = HostClient.Pinned(host);

            var response = await http.GetAsync(host.Authority.ServiceRoot + "lib_books");

            Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
            var challenge = Challenge(response);
            StringAssert.StartsWith(challenge, "Bearer authorization_uri=" + host.Authority.BaseAddress);
            StringAssert.Contains(challenge, "resource_id=" + host.Authority.BaseAddress);
        }

        [TestMethod]
        public async Task ForgedToken_Is401InvalidToken()
        {
            var host = await TestHosts.LibraryApi();
            var token = await HostClient.Token(host, LibrarySolution.Reader);
            using var http = HostClient.Pinned(host);
            var forged = token.Substring(0, token.Length - 4) + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

            var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, host.Authority.ServiceRoot + "lib_books") { Headers = { { "Authorization", "Bearer " + forged } } });

            Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
            StringAssert.Contains(Challenge(response), "error=\"invalid_token\"");
        }

        [TestMethod]
        public async Task ExpiredToken_Is401InvalidToken()
        {
            var host = await TestHosts.LibraryApi();
            var reader = host.Clients.Single(client => client.RoleName == LibrarySolution.Reader);
            var expired = host.Tokens.Issue(reader, LocalAuthority.TenantId, DateTime.UtcNow - TokenIssuer.Lifetime - TimeSpan.FromMinutes(5));
            var fresh = host.Tokens.Issue(reader, LocalAuthority.TenantId);
            using var http = HostClient.Pinned(host);

            var refused = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, host.Authority.ServiceRoot + "lib_books") { Headers = { { "Authorization", "Bearer " + expired } } });
            var admitted = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, host.Authority.ServiceRoot + "lib_books") { Headers = { { "Authorization", "Bearer " + fresh } } });

            Assert.AreEqual(HttpStatusCode.Unauthorized, refused.StatusCode);
            StringAssert.Contains(Challenge(refused), "error=\"invalid_token\"");
            Assert.AreEqual(HttpStatusCode.OK, admitted.StatusCode, "The same client's token issued now is accepted.");
        }

        // Dataverse writes the challenge's URLs unquoted, which HttpClient's typed parser refuses: read it as sent.
        private static string Challenge(HttpResponseMessage response) =>
            response.Headers.NonValidated.TryGetValues("WWW-Authenticate", out var values) ? string.Join(",", values) : string.Empty;

        private static async Task<string> AssertError(HttpResponseMessage response, HttpStatusCode status, string code)
        {
            Assert.AreEqual(status, response.StatusCode);
            var error = (await HostClient.Json(response)).GetProperty("error");
            Assert.AreEqual(code, error.GetProperty("code").GetString());
            Assert.AreEqual(JsonValueKind.String, error.GetProperty("message").ValueKind);
            return error.GetProperty("message").GetString()!;
        }
    }
}
