using DynamicsWifi.Emulator.Seeding;
using DynamicsWifi.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>WhoAmI: the caller's user id, business unit and organization
    /// (learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.whoamiresponse). sdk/ has no Microsoft.Crm.Sdk.Proxy, so
    /// callers send a plain OrganizationRequest("WhoAmI") and read UserId, BusinessUnitId and OrganizationId from its
    /// results, as the typed WhoAmIResponse reads them.</summary>
    internal sealed class WhoAmIHandler : IMessageHandler
    {
        public string MessageName => "WhoAmI";

        public string TableOf(OrganizationRequest request) => string.Empty;

        public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
        {
            var response = new OrganizationResponse { ResponseName = MessageName };
            response.Results["UserId"] = context.CallerId;
            response.Results["BusinessUnitId"] = BusinessUnits.Of(context.Transaction, new EntityReference("systemuser", context.CallerId)) ?? System.Guid.Empty;
            response.Results["OrganizationId"] = OrganizationSeed.OrganizationId;
            return response;
        }
    }
}
