using System;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Json;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Operations
{
    /// <summary>GET WhoAmI: the emulator's WhoAmI message sent as the caller, its UserId, BusinessUnitId and
    /// OrganizationId written as the WhoAmIResponse complex type
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami).</summary>
    internal static class WhoAmIFunction
    {
        public static WebApiResponse Call(WebApiCall call)
        {
            if (call.Request.Method != "GET")
            {
                throw WebApiException.NoResource(call.ServiceRoot + call.Request.RelativeUrl);
            }

            var results = call.Service.Execute(new OrganizationRequest(EdmOperationBuilder.WhoAmI)).Results;
            return WebApiResponse.OfJson(200, JsonBody.Of(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("@odata.context", call.Context(EdmNames.Qualified(EdmNames.ResponseType(EdmOperationBuilder.WhoAmI))));
                foreach (var name in new[] { "BusinessUnitId", "UserId", "OrganizationId" })
                {
                    writer.WriteString(name, (Guid)results[name]);
                }

                writer.WriteEndObject();
            }));
        }
    }
}
