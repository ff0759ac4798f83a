using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.RecordWifiAuthentication
{
    /// <summary>cr_RecordWifiAuthentication's response properties (DESIGN.md 4).</summary>
    public static class RecordWifiAuthenticationResponse
    {
        public static void Write(EventOutcome outcome, ParameterCollection outputs)
        {
            outputs[Schema.Apis.ContactId] = outcome.ContactId;
            outputs[Schema.Apis.VisitId] = outcome.VisitId;
            outputs[Schema.Apis.ContactCreated] = outcome.ContactCreated;
            outputs[Schema.Apis.ReturningGuest] = outcome.ReturningGuest;
            outputs[Schema.Apis.VisitCount] = outcome.VisitCount;
            outputs[Schema.Apis.Outcome] = outcome.OutcomeText;
        }
    }
}
