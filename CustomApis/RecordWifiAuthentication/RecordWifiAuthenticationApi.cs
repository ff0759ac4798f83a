using System;
using DynamicsWifi.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.RecordWifiAuthentication
{
    /// <summary>cr_RecordWifiAuthentication's main operation (stage 30, in the request's transaction): records one
    /// login for the contact the pre-validation step resolved (see ResolveGuestBeforeRecording).</summary>
    public sealed class RecordWifiAuthenticationApi : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var call = PluginInvocation.From(serviceProvider);
            var utcNow = DateTime.UtcNow;
            var settings = new EnvironmentSettings(call.SystemService).ReadWifiSettings();
            var guest = RecordWifiAuthenticationRequest.Read(call.Inputs, () => settings.DefaultCountry, utcNow);

            var outcome = new SingleLoginRecording(call.Service, call.SystemService, call.Trace).Record(guest, call.Context.UserId, settings, utcNow);

            RecordWifiAuthenticationResponse.Write(outcome, call.Outputs);
        }
    }
}
