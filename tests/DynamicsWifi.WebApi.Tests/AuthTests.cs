using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.WebApi.Tests
{
    [TestClass]
    public sealed class AuthTests
    {
        [TestMethod]
        public async Task MsalConfidentialClient_GetsATokenFromTheLocalAuthority_AndCallsWhoAmI()
        {
            var host = await TestHosts.LibraryApi();
            var registration = host.Clients.Single(client => client.RoleName == LibrarySolution.Librarian);
            var app = ConfidentialClientApplicationBuilder.Create(registration.ClientId.ToString())
                .WithClientSecret(registration.Secret)
                .WithOidcAuthority(host.Authority.Authority)
                .WithHttpClientFactory(new PinnedMsalHttpClientFactory(host))
                .Build();

            var token = await app.AcquireTokenForClient(new[] { host.Authority.Resource + "/.default" }).ExecuteAsync();
            using var http = HostClient.Pinned(host);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
            var whoAmI = await http.GetAsync(host.Authority.ServiceRoot + "WhoAmI");

            Assert.AreEqual(HttpStatusCode.OK, whoAmI.StatusCode);
            var body = await HostClient.Json(whoAmI);
            Assert.AreEqual(registration.UserId, body.GetProperty("UserId").GetGuid());
            Assert.AreEqual(host.Emulator.OrganizationId, body.GetProperty("OrganizationId").GetGuid());
            Assert.AreNotEqual(System.Guid.Empty, body.GetProperty("BusinessUnitId").GetGuid());
        }

        [TestMethod]
        public async Task WrongSecret_IsRefusedAsAnInvalidClient()
        {
            var host = await TestHosts.LibraryApi();
            var registration = host.Clients.First();
            using var http = HostClient.Pinned(host);

            var response = await http.PostAsync(host.Authority.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = registration.ClientId.ToString(),
                ["client_secret"] = registration.Secret + "x",
                ["scope"] = host.Authority.Resource + "/.default",
            }));

            Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.AreEqual("invalid_client", (await HostClient.Json(response)).GetProperty("error").GetString());
        }

        [TestMethod]
        public async Task Discovery_NamesTheTokenEndpointAndTheAuthorityAsIssuer()
        {
            var host = await TestHosts.LibraryApi();
            using var http = HostClient.Pinned(host);

            var discovery = await HostClient.Json(await http.GetAsync(host.Authority.Authority + "/.well-known/openid-configuration"));

            Assert.AreEqual(host.Authority.Authority, discovery.GetProperty("issuer").GetString());
            Assert.AreEqual(host.Authority.TokenEndpoint, discovery.GetProperty("token_endpoint").GetString());
        }

        [TestMethod]
        public async Task EachRoleHasItsClient_ActingAsItsApplicationUser()
        {
            var host = await TestHosts.LibraryApi();

            var roles = host.Clients.Select(client => client.RoleName).ToList();

            CollectionAssert.AreEquivalent(new[] { "System Administrator", LibrarySolution.Librarian, LibrarySolution.Reader }, roles);
        }
    }
}
