using System.Net;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>Custom API routes come from the solution's own definitions: the library solution's lib_ APIs, typed as
    /// their parameters and response properties say.</summary>
    [TestClass]
    public sealed class CustomApiRouteTests
    {
        [TestMethod]
        public async Task Action_TakesTypedParametersAndAnswersItsResponseType()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Post("lib_Echo", new { Text = "ab", Count = 3 });

            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
            var body = await HostClient.Json(response);
            Assert.AreEqual(client.ServiceRoot + "$metadata#Microsoft.Dynamics.CRM.lib_EchoResponse", body.GetProperty("@odata.context").GetString());
            Assert.AreEqual("ababab", body.GetProperty("Echo").GetString());
            Assert.AreEqual(6, body.GetProperty("Length").GetInt32());
            Assert.AreEqual("2026-03-18T15:05:00Z", body.GetProperty("EchoedOn").GetString());
        }

        [TestMethod]
        public async Task Function_TakesItsParametersInTheUrl_AsLiteralsOrAliases()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());
            await Books.OnNewShelf(client, 4);

            var literal = await HostClient.Json(await client.Get("lib_CountBooks(MinCopies=3)"));
            var aliased = await HostClient.Json(await client.Get("lib_CountBooks(MinCopies=@p1)?@p1=3"));

            Assert.IsTrue(literal.GetProperty("Total").GetInt32() >= 1);
            Assert.AreEqual(literal.GetProperty("Total").GetInt32(), aliased.GetProperty("Total").GetInt32());
        }

        [TestMethod]
        public async Task PrivateApi_IsCallableThoughNotPublished()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Post("lib_PrivateEcho", new { Text = "hidden" });

            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        }

        [TestMethod]
        public async Task ExecutePrivilege_IsRequired()
        {
            var reader = await HostClient.SignIn(await TestHosts.LibraryApi(), LibrarySolution.Reader);
            var librarian = await HostClient.SignIn(await TestHosts.LibraryApi(), LibrarySolution.Librarian);

            var refused = await reader.Post("lib_GuardedEcho", new { Text = "x" });
            var allowed = await librarian.Post("lib_GuardedEcho", new { Text = "x" });

            Assert.AreEqual(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.AreEqual(HttpStatusCode.OK, allowed.StatusCode);
        }

        [TestMethod]
        public async Task UndeclaredParameter_Is400NamingIt()
        {
            var client = await HostClient.SignIn(await TestHosts.LibraryApi());

            var response = await client.Post("lib_Echo", new { Text = "a", Colour = "red" });

            Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
            StringAssert.Contains((await HostClient.Json(response)).GetProperty("error").GetProperty("message").GetString(), "'Colour'");
        }

        [TestMethod]
        public async Task UnknownApi_Is404ResourceNotFound()
        {
            var client = await HostClient.SignIn(await TestHosts.OurSolution());

            var response = await client.Post("lib_Echo", new { Text = "a" });

            Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
            Assert.AreEqual("0x8006088a", (await HostClient.Json(response)).GetProperty("error").GetProperty("code").GetString());
        }
    }
}
