using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Auth;
using DynamicsWifi.Emulator.WebApi.Batch;
using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Routing;
using DynamicsWifi.Emulator.WebApi.Throttling;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DynamicsWifi.Emulator.WebApi.Hosting
{
    /// <summary>Everything under /api/data/v9.2/: the caller authenticated (401 with WWW-Authenticate without a valid
    /// token), admitted by service protection (429 with Retry-After), then the request, or the $batch, handed to the
    /// dispatcher as the caller's application user.</summary>
    internal sealed class WebApiEndpoint
    {
        private readonly WebApiServices _services;

        public WebApiEndpoint(WebApiServices services)
        {
            _services = services;
        }

        public async Task Handle(HttpContext http)
        {
            var (client, error) = await _services.Authentication.Authenticate(http.Request).ConfigureAwait(false);
            if (client == null)
            {
                http.Response.StatusCode = 401;
                http.Response.Headers.WWWAuthenticate = _services.Authority.Challenge(error);
                return;
            }

            if (_services.Protection.TryEnter(client.UserId) is { } refusal)
            {
                http.Response.Headers.RetryAfter = refusal.RetryAfterSeconds;
                await HttpResponses.Write(http.Response, ErrorResponses.Of(429, refusal.Code, refusal.Message)).ConfigureAwait(false);
                return;
            }

            var clock = Stopwatch.StartNew();
            try
            {
                var request = await Read(http).ConfigureAwait(false);
                var response = Answer(request, client.UserId);
                AddRemaining(response, client.UserId);
                await HttpResponses.Write(http.Response, response).ConfigureAwait(false);
            }
            finally
            {
                _services.Protection.Leave(client.UserId, clock.Elapsed);
                _services.RequestEnded();
            }
        }

        private WebApiResponse Answer(WebApiRequest request, Guid userId)
        {
            try
            {
                return request.RelativeUrl.Split('?')[0] == BatchProcessor.Path
                    ? _services.Batch.Handle(request, userId)
                    : _services.Dispatcher.Handle(new WebApiCall(request, _services.Model, _services.Emulator.CreateOrganizationService(userId), userId, _services.Authority.ServiceRoot));
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A defect of the host or the emulator, not a Dataverse fault: answered as the platform's generic 500. Only
                // the type and stack are written out: a message may quote the request's values.
                Console.Error.WriteLine("Unexpected " + failure.GetType().FullName + Environment.NewLine + failure.StackTrace);
                return ErrorResponses.Of(500, "0x80040216", "An unexpected error occurred.");
            }
        }

        private static async Task<WebApiRequest> Read(HttpContext http)
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body).ConfigureAwait(false);
            var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString;
            var at = raw.IndexOf(ODataUrls.ServicePath, StringComparison.OrdinalIgnoreCase);
            var relative = at < 0 ? string.Empty : raw.Substring(at + ODataUrls.ServicePath.Length);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in http.Request.Headers)
            {
                headers[header.Key] = header.Value.ToString();
            }

            return new WebApiRequest(http.Request.Method, relative, headers, body.ToArray());
        }

        private void AddRemaining(WebApiResponse response, Guid userId)
        {
            if (_services.Protection.Remaining(userId) is { } remaining)
            {
                response.With("x-ms-ratelimit-burst-remaining-xrm-requests", remaining.Requests.ToString(CultureInfo.InvariantCulture));
                response.With("x-ms-ratelimit-time-remaining-xrm-requests", remaining.Milliseconds.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
