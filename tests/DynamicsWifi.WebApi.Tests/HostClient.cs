using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Hosting;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>A plain HttpClient against a running host, trusting its certificate by pinning it, signed in as the
    /// client of one security role with a token from the host's token endpoint.</summary>
    internal sealed class HostClient
    {
        private HostClient(HttpClient http, string serviceRoot)
        {
            Http = http;
            ServiceRoot = serviceRoot;
        }

        public HttpClient Http { get; }

        public string ServiceRoot { get; }

        public static HttpClient Pinned(WebApiHost host) => new(new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate != null && certificate.GetCertHashString() == host.Certificate.GetCertHashString(),
            },
        });

        public static async Task<HostClient> SignIn(WebApiHost host, string roleName = "System Administrator")
        {
            var http = Pinned(host);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Token(host, roleName));
            http.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
            http.DefaultRequestHeaders.Add("OData-Version", "4.0");
            http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            return new HostClient(http, host.Authority.ServiceRoot);
        }

        public static async Task<string> Token(WebApiHost host, string roleName)
        {
            var client = host.Clients.Single(candidate => candidate.RoleName == roleName);
            using var http = Pinned(host);
            var response = await http.PostAsync(host.Authority.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = client.ClientId.ToString(),
                ["client_secret"] = client.Secret,
                ["scope"] = host.Authority.Resource + "/.default",
            }));
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.GetProperty("access_token").GetString()!;
        }

        public Task<HttpResponseMessage> Get(string relative, params (string Name, string Value)[] headers) => Send(HttpMethod.Get, relative, null, headers);

        public Task<HttpResponseMessage> Post(string relative, object? body, params (string Name, string Value)[] headers) => Send(HttpMethod.Post, relative, body, headers);

        public Task<HttpResponseMessage> Patch(string relative, object? body, params (string Name, string Value)[] headers) => Send(HttpMethod.Patch, relative, body, headers);

        public Task<HttpResponseMessage> Delete(string relative, params (string Name, string Value)[] headers) => Send(HttpMethod.Delete, relative, null, headers);

        public Task<HttpResponseMessage> Send(HttpMethod method, string relative, object? body, params (string Name, string Value)[] headers)
        {
            var request = new HttpRequestMessage(method, ServiceRoot + relative);
            if (body != null)
            {
                request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
            }

            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            return Http.SendAsync(request);
        }

        public static async Task<JsonElement> Json(HttpResponseMessage response)
        {
            var text = await response.Content.ReadAsStringAsync();
            return JsonDocument.Parse(text).RootElement.Clone();
        }

        /// <summary>The id in the OData-EntityId header of a create or upsert.</summary>
        public static Guid EntityId(HttpResponseMessage response)
        {
            var url = response.Headers.GetValues("OData-EntityId").Single();
            var open = url.LastIndexOf('(');
            return Guid.Parse(url.Substring(open + 1, url.Length - open - 2));
        }
    }
}
