using DynamicsWifi.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.UpdateWifiConsent
{
    /// <summary>cr_UpdateWifiConsent's response properties.</summary>
    public static class UpdateWifiConsentResponse
    {
        public static void Write(ConsentStatementOutcome outcome, ParameterCollection outputs)
        {
            outputs[Schema.ConsentApis.Outcome] = outcome.Outcome;
            outputs[Schema.ConsentApis.ContactId] = outcome.ContactId;
            outputs[Schema.ConsentApis.ConsentChangeId] = outcome.ConsentChangeId;
        }
    }
}
