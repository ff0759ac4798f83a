using System;
using System.Collections.Generic;
using DynamicsWifi.Plugins.Consent;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Validation;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.UpdateWifiConsent
{
    /// <summary>cr_UpdateWifiConsent's request parameters (DESIGN.md 4), read with the login's field rules (lengths,
    /// dates, email and mobile): every invalid field reported at once, none echoing the guest's email or phone.</summary>
    public static class UpdateWifiConsentRequest
    {
        public const int MaxEventId = 100;
        public const int MaxChannel = 20;

        public static ConsentStatement Read(ParameterCollection inputs, Func<string?> defaultCountry, DateTime utcNow)
        {
            var fields = new ParameterEventFields(inputs);
            var errors = new List<FieldError>();
            var eventId = GuestEventReader.Required(fields, Schema.ConsentApis.EventId, MaxEventId, errors);
            var guestId = GuestEventReader.Optional(fields, Schema.ConsentApis.GuestId, GuestEventReader.MaxGuestId, errors);
            var identity = guestId != null && !inputs.ContainsKey(Schema.ConsentApis.Email) && !inputs.ContainsKey(Schema.ConsentApis.Mobile)
                ? null
                : GuestEventReader.ReadIdentity(fields, defaultCountry, errors);
            if (guestId != null)
            {
                errors.RemoveAll(error => error.Code == WifiErrorCodes.NoIdentity);
            }

            var channelText = GuestEventReader.Required(fields, Schema.ConsentApis.Channel, MaxChannel, errors);
            if (channelText != null && !ConsentChannel.TryParse(channelText, out _))
            {
                errors.Add(new FieldError(WifiErrorCodes.InvalidChannel, Schema.ConsentApis.Channel, "Channel must be email or phone."));
            }

            var granted = fields.ReadBoolean(Schema.ConsentApis.Granted, errors);
            if (granted == null && !errors.Exists(error => error.Field == Schema.ConsentApis.Granted))
            {
                errors.Add(new FieldError(WifiErrorCodes.MissingField, Schema.ConsentApis.Granted, "Granted is required."));
            }

            var statedOn = GuestEventReader.InRange(fields, Schema.ConsentApis.Timestamp, utcNow, errors);
            if (statedOn == null && !errors.Exists(error => error.Field == Schema.ConsentApis.Timestamp))
            {
                errors.Add(new FieldError(WifiErrorCodes.MissingField, Schema.ConsentApis.Timestamp, "Timestamp is required."));
            }

            if (errors.Count > 0)
            {
                throw WifiFaults.Rejected(errors);
            }

            ConsentChannel.TryParse(channelText, out var channel);
            return new ConsentStatement
            {
                EventId = eventId!,
                GuestId = guestId,
                Identity = identity,
                Channel = channel,
                Granted = granted!.Value,
                StatedOn = statedOn!.Value,
            };
        }
    }
}
