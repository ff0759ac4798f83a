using System;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Json;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.WebApi.Operations
{
    /// <summary>GET WhoAmI: the caller's user id, business unit and organization
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami). The emulator has no WhoAmI message
    /// yet, so the answer is read through the front door: the caller's systemuser row, read as SYSTEM as the platform
    /// answers WhoAmI for any user, and the organization id.</summary>
    internal sealed class WhoAmIFunction
    {
        private readonly IOrganizationService _system;
        private readonly Guid _organizationId;

        public WhoAmIFunction(IOrganizationService system, Guid organizationId)
        {
            _system = system;
            _organizationId = organizationId;
        }

        public WebApiResponse Call(WebApiCall call)
        {
            if (call.Request.Method != "GET")
            {
                throw WebApiException.NoResource(call.ServiceRoot + call.Request.RelativeUrl);
            }

            var user = _system.Retrieve("systemuser", call.CallerId, new ColumnSet("businessunitid"));
            return WebApiResponse.OfJson(200, JsonBody.Of(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("@odata.context", call.Context(EdmNames.Qualified(EdmNames.ResponseType(EdmOperationBuilder.WhoAmI))));
                writer.WriteString("BusinessUnitId", user.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? Guid.Empty);
                writer.WriteString("UserId", call.CallerId);
                writer.WriteString("OrganizationId", _organizationId);
                writer.WriteEndObject();
            }));
        }
    }
}
