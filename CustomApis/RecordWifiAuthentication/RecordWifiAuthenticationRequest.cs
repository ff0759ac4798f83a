using System;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.RecordWifiAuthentication
{
    /// <summary>cr_RecordWifiAuthentication's request parameters (DESIGN.md 4; names in Ingest/EventField). Every
    /// parameter is optional at the platform level so that this check, not the platform, reports each missing or
    /// invalid field, all at once, with its WIFI_ code.</summary>
    public static class RecordWifiAuthenticationRequest
    {
        /// <summary>The valid login, or an InvalidPluginExecutionException naming every invalid field (nothing written).</summary>
        public static GuestEvent Read(ParameterCollection inputs, Func<string?> defaultCountry, DateTime utcNow)
        {
            var reading = GuestEventReader.Read(new ParameterEventFields(inputs), defaultCountry, utcNow);
            return reading.Event ?? throw WifiFaults.Rejected(reading.Errors);
        }
    }
}
