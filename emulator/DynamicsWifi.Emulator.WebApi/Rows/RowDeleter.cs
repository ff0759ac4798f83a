using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.WebApi.Rows
{
    /// <summary>DELETE {set}({id or key}): Delete; with If-Match and an ETag only that version (412 otherwise)
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api).</summary>
    internal static class RowDeleter
    {
        public static WebApiResponse Delete(WebApiCall call, RowAddress address)
        {
            var request = new DeleteRequest { Target = address.Reference };
            if (call.Request.Header("If-Match") is { } ifMatch && ifMatch.Trim() != "*")
            {
                address.Reference.RowVersion = ETag.VersionOf(ifMatch) ?? throw WebApiException.BadRequest("If-Match must be * or an ETag such as W/\"1234\".");
                request.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
            }

            call.Service.Execute(request);
            return WebApiResponse.NoContent();
        }
    }
}
