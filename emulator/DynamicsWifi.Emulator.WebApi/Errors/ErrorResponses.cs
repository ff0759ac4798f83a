using System.IO;
using System.ServiceModel;
using System.Text.Json;
using DynamicsWifi.Emulator.WebApi.Protocol;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Errors
{
    /// <summary>Dataverse's error body, {"error":{"code":"0x…","message":"…"}}, with the trace and operation status as
    /// @Microsoft.PowerApps.CDS annotations when the caller asks for annotations
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors).</summary>
    internal static class ErrorResponses
    {
        public static WebApiResponse From(FaultException<OrganizationServiceFault> fault, PreferHeader prefer)
        {
            var detail = fault.Detail;
            var response = WebApiResponse.OfJson(FaultStatus.Of(detail.ErrorCode), Body(FaultStatus.Hex(detail.ErrorCode), detail.Message ?? fault.Message, writer =>
            {
                if (prefer.Wants("Microsoft.PowerApps.CDS.TraceText") && !string.IsNullOrEmpty(detail.TraceText))
                {
                    writer.WriteString("@Microsoft.PowerApps.CDS.TraceText", detail.TraceText);
                }

                if (prefer.Wants("Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus") && detail.ErrorDetails.TryGetValue("OperationStatus", out var status) && status != null)
                {
                    writer.WriteString("@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus", status.ToString());
                }
            }));
            if (detail.ErrorDetails.TryGetValue("Retry-After", out var retryAfter) && retryAfter is System.TimeSpan wait)
            {
                response.With("Retry-After", ((int)System.Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return response;
        }

        public static WebApiResponse From(WebApiException refusal) => WebApiResponse.OfJson(refusal.Status, Body(refusal.Code, refusal.Message, null));

        public static WebApiResponse Of(int status, string code, string message) => WebApiResponse.OfJson(status, Body(code, message, null));

        private static byte[] Body(string code, string message, System.Action<Utf8JsonWriter>? annotations)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteStartObject("error");
                writer.WriteString("code", code);
                writer.WriteString("message", message);
                annotations?.Invoke(writer);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            return stream.ToArray();
        }
    }
}
