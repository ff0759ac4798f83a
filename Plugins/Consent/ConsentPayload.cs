using DynamicsWifi.Plugins.Ingest.Json;

namespace DynamicsWifi.Plugins.Consent
{
    /// <summary>The webhook's JSON body (CustomApis/README.md, "Consent changes from Dynamics"): the event id, the
    /// guest id (or the identity key only when there is none), the channel, granted and the time of the change.</summary>
    public static class ConsentPayload
    {
        public static string For(ConsentChange change)
        {
            var json = new JsonWriter().BeginObject().Member("eventId", change.EventId);
            if (change.GuestId != null)
            {
                json.Member("guestId", change.GuestId);
            }
            else
            {
                json.Member("identityKey", change.IdentityKey);
            }

            return json.Member("channel", change.Channel)
                .Member("granted", change.Granted)
                .Member("changedOn", change.ChangedOn)
                .EndObject()
                .ToString();
        }
    }
}
