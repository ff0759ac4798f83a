using System;
using System.Collections.Generic;
using DynamicsWifi.Plugins.Consent;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Validation;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.UpdateWifiConsent
{
    /// <summary>cr_UpdateWifiConsent's request parameters (DESIGN.md 4): every invalid field reported at once, none
    /// echoing the guest's email or phone.</summary>
    public static class UpdateWifiConsentRequest
    {
        public const int MaxEventId = 100;

        private static readonly DateTime Earliest = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        private static readonly TimeSpan FutureAllowance = TimeSpan.FromHours(24);

        public static ConsentStatement Read(ParameterCollection inputs, Func<string?> defaultCountry, DateTime utcNow)
        {
            var fields = new ParameterEventFields(inputs);
            var errors = new List<FieldError>();
            var eventId = Text(fields, Schema.ConsentApis.EventId, MaxEventId, required: true, errors);
            var guestId = Text(fields, Schema.ConsentApis.GuestId, GuestEventReader.MaxGuestId, required: false, errors);
            var identity = guestId != null && !inputs.ContainsKey(Schema.ConsentApis.Email) && !inputs.ContainsKey(Schema.ConsentApis.Mobile)
                ? null
                : GuestEventReader.ReadIdentity(fields, defaultCountry, errors);
            if (guestId != null)
            {
                errors.RemoveAll(error => error.Code == WifiErrorCodes.NoIdentity);
            }

            var channelText = Text(fields, Schema.ConsentApis.Channel, 20, required: true, errors);
            if (channelText != null && !ConsentChannel.TryParse(channelText, out _))
            {
                errors.Add(new FieldError(WifiErrorCodes.InvalidChannel, Schema.ConsentApis.Channel, "Channel must be email or phone."));
            }

            var granted = fields.ReadBoolean(Schema.ConsentApis.Granted, errors);
            if (granted == null && !inputs.ContainsKey(Schema.ConsentApis.Granted))
            {
                errors.Add(new FieldError(WifiErrorCodes.MissingField, Schema.ConsentApis.Granted, "Granted is required."));
            }

            var statedOn = fields.ReadDateTime(Schema.ConsentApis.Timestamp, errors);
            if (statedOn == null && !inputs.ContainsKey(Schema.ConsentApis.Timestamp))
            {
                errors.Add(new FieldError(WifiErrorCodes.MissingField, Schema.ConsentApis.Timestamp, "Timestamp is required."));
            }
            else if (statedOn.HasValue && (statedOn.Value < Earliest || statedOn.Value > utcNow + FutureAllowance))
            {
                errors.Add(new FieldError(WifiErrorCodes.DateOutOfRange, Schema.ConsentApis.Timestamp, "Timestamp must be from 2000-01-01 up to 24 hours after the server's time."));
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

                // Dataverse keeps date-times to the second: compare and store what it will hold.
                StatedOn = new DateTime(statedOn!.Value.Ticks - (statedOn.Value.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc),
            };
        }

        private static string? Text(IEventFields fields, string name, int max, bool required, List<FieldError> errors)
        {
            var value = fields.ReadString(name, errors)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (required)
                {
                    errors.Add(new FieldError(WifiErrorCodes.MissingField, name, name + " is required."));
                }

                return null;
            }

            if (value!.Length > max)
            {
                errors.Add(new FieldError(WifiErrorCodes.FieldTooLong, name, name + " must be at most " + max + " characters."));
                return null;
            }

            return value;
        }
    }
}
