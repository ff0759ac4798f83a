using System;
using DynamicsWifi.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.UpdateWifiConsent
{
    /// <summary>cr_UpdateWifiConsent's main operation (stage 30, in the request's transaction): the platform reports a
    /// consent given or revoked; see ConsentStatementRecorder.</summary>
    public sealed class UpdateWifiConsentApi : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var call = PluginInvocation.From(serviceProvider);
            var utcNow = DateTime.UtcNow;
            var statement = UpdateWifiConsentRequest.Read(call.Inputs, () => new EnvironmentSettings(call.SystemService).ReadDefaultCountry(), utcNow);

            var outcome = new ConsentStatementRecorder(new ConsentContactStore(call.Service), new ConsentLedgerStore(call.SystemService), call.Trace).Record(statement, utcNow);

            UpdateWifiConsentResponse.Write(outcome, call.Outputs);
        }
    }
}
