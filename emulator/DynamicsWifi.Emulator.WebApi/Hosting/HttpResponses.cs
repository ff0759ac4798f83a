using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Protocol;
using Microsoft.AspNetCore.Http;

namespace DynamicsWifi.Emulator.WebApi.Hosting
{
    /// <summary>Writes a Web API response to HTTP, with the OData-Version header Dataverse sends on every response.</summary>
    internal static class HttpResponses
    {
        public static async Task Write(HttpResponse http, WebApiResponse response)
        {
            http.StatusCode = response.Status;
            http.Headers["OData-Version"] = "4.0";
            foreach (var header in response.Headers)
            {
                http.Headers.Append(header.Key, header.Value);
            }

            if (response.Body != null)
            {
                http.ContentType = response.ContentType;
                http.ContentLength = response.Body.Length;
                await http.Body.WriteAsync(response.Body).ConfigureAwait(false);
            }
        }
    }
}
