using System;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.RecordWifiAuthentication
{
    /// <summary>cr_RecordWifiAuthentication, pre-validation (stage 10, sync): refuses an invalid login before anything
    /// is written, then makes sure a contact holds the guest's identity key. For a caller's request this stage runs
    /// before the transaction (DATAVERSE-FACTS.md 2.1): each call here commits on its own, so a create that loses a
    /// race for a new guest fails alone and the winner's contact is used. The main operation finds the contact by
    /// its key (Dataverse documents no way to hand values from this stage to a custom API's main operation).</summary>
    public sealed class ResolveGuestBeforeRecording : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var call = PluginInvocation.From(serviceProvider);
            var utcNow = DateTime.UtcNow;
            var settings = new Lazy<WifiSettings>(() => new EnvironmentSettings(call.SystemService).ReadWifiSettings());
            var guest = RecordWifiAuthenticationRequest.Read(call.Inputs, () => settings.Value.DefaultCountry, utcNow);

            new GuestContactResolver(new GuestContactStore(call.Service), call.Trace).EnsureContact(guest, call.Context.IsInTransaction, utcNow);
        }
    }
}
