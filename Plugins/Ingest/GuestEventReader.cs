using System;
using System.Collections.Generic;
using System.Globalization;
using DynamicsWifi.Plugins.Identity;
using DynamicsWifi.Plugins.Validation;
using DynamicsWifi.Plugins.Visits;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>Checks one login event against the contract (DESIGN.md 4 and 4.1) and gathers every error before
    /// anything is written, in the order of the contract's fields. Messages name the rule broken, never the value.</summary>
    public static class GuestEventReader
    {
        public const int MaxSessionId = 100;
        public const int MaxVenue = 100;
        public const int MaxName = 50;
        public const int MaxConsentChannel = 50;
        public const int MaxGuestId = 100;
        public const int MaxZone = 100;
        public const int MaxAuthMethod = 50;

        private static readonly DateTime EarliestSession = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        private static readonly DateTime EarliestBirth = new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        private static readonly TimeSpan FutureAllowance = TimeSpan.FromHours(24);

        /// <summary>Reads the event; <paramref name="defaultCountry"/> is asked only for a mobile written without its
        /// country code (reading it may cost a service call).</summary>
        public static EventReading Read(IEventFields fields, Func<string?> defaultCountry, DateTime utcNow)
        {
            var errors = new List<FieldError>(fields.ShapeErrors);
            var read = new GuestEvent
            {
                SessionId = Required(fields, EventField.SessionId, MaxSessionId, errors) ?? string.Empty,
                Venue = Required(fields, EventField.Venue, MaxVenue, errors) ?? string.Empty,
            };

            ReadSession(fields, read, utcNow, errors);
            var identity = ReadIdentity(fields, defaultCountry, errors);
            read.FirstName = Optional(fields, EventField.FirstName, MaxName, errors);
            read.LastName = Optional(fields, EventField.LastName, MaxName, errors);
            read.Gender = ReadGender(fields, errors);
            read.DateOfBirth = ReadDateOfBirth(fields, utcNow, errors);
            read.CanReceiveEmail = fields.ReadBoolean(EventField.CanReceiveEmail, errors);
            read.ConsentTimestamp = InRange(fields, EventField.ConsentTimestamp, utcNow, errors);
            read.ConsentChannel = Optional(fields, EventField.ConsentChannel, MaxConsentChannel, errors);
            read.GuestId = Optional(fields, EventField.GuestId, MaxGuestId, errors);
            read.Zone = Optional(fields, EventField.Zone, MaxZone, errors);
            ReadMac(fields, read, errors);
            read.AuthMethod = Optional(fields, EventField.AuthMethod, MaxAuthMethod, errors);

            if (errors.Count > 0 || identity == null)
            {
                return new EventReading(null, errors);
            }

            read.Identity = identity;
            return new EventReading(read, errors);
        }

        private static void ReadSession(IEventFields fields, GuestEvent read, DateTime utcNow, List<FieldError> errors)
        {
            var start = InRange(fields, EventField.SessionStart, utcNow, errors);
            var end = InRange(fields, EventField.SessionEnd, utcNow, errors);
            var journey = InRange(fields, EventField.JourneyTime, utcNow, errors);
            var effectiveStart = start ?? journey;
            if (effectiveStart == null && !HasError(errors, EventField.SessionStart) && !HasError(errors, EventField.JourneyTime))
            {
                errors.Add(new FieldError(WifiErrorCodes.MissingField, EventField.SessionStart, "SessionStart (or JourneyTime) is required."));
            }

            if (effectiveStart.HasValue && end.HasValue && end.Value < effectiveStart.Value)
            {
                errors.Add(new FieldError(WifiErrorCodes.SessionEndBeforeStart, EventField.SessionEnd, "SessionEnd is before the session's start."));
            }

            read.SessionStart = effectiveStart ?? default;
            read.SessionEnd = end;
        }

        internal static GuestIdentity? ReadIdentity(IEventFields fields, Func<string?> defaultCountry, List<FieldError> errors)
        {
            var rawEmail = Optional(fields, EventField.Email, EmailAddress.MaxLength, errors);
            var rawMobile = Optional(fields, EventField.Mobile, PhoneNumber.MaxLength, errors);
            EmailAddress? email = null;
            PhoneNumber? phone = null;
            if (rawEmail != null && !EmailAddress.TryParse(rawEmail, out email))
            {
                errors.Add(new FieldError(WifiErrorCodes.InvalidEmail, EventField.Email, "Email is not a valid email address."));
            }

            if (rawMobile != null)
            {
                var country = PhoneNumber.IsWrittenInternationally(rawMobile) ? null : defaultCountry();
                if (!PhoneNumber.TryParse(rawMobile, country, out phone))
                {
                    errors.Add(new FieldError(WifiErrorCodes.InvalidMobile, EventField.Mobile,
                        "Mobile is not a valid phone number (write it in E.164, for example +441632960961, or set cr_WifiDefaultCountry for national numbers)."));
                }
            }

            if (rawEmail == null && rawMobile == null && !HasError(errors, EventField.Email) && !HasError(errors, EventField.Mobile))
            {
                errors.Add(new FieldError(WifiErrorCodes.NoIdentity, EventField.Email, "Email or Mobile is required to identify the guest."));
            }

            return email != null || phone != null ? new GuestIdentity(email, phone) : null;
        }

        private static Gender ReadGender(IEventFields fields, List<FieldError> errors)
        {
            var text = fields.ReadString(EventField.Gender, errors)?.Trim();
            switch (text?.ToUpperInvariant())
            {
                case null:
                case "":
                case "U":
                case "O":
                case "X":
                    return Gender.NotStated;
                case "M":
                    return Gender.Male;
                case "F":
                    return Gender.Female;
                default:
                    errors.Add(new FieldError(WifiErrorCodes.InvalidGender, EventField.Gender, "Gender must be one letter: M, F, U, O or X."));
                    return Gender.NotStated;
            }
        }

        private static DateTime? ReadDateOfBirth(IEventFields fields, DateTime utcNow, List<FieldError> errors)
        {
            var text = fields.ReadString(EventField.DateOfBirth, errors)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                || date < EarliestBirth || date > utcNow.Date)
            {
                errors.Add(new FieldError(WifiErrorCodes.InvalidDateOfBirth, EventField.DateOfBirth,
                    "DateOfBirth must be a real date written YYYY-MM-DD, from 1900-01-01 up to today."));
                return null;
            }

            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        private static void ReadMac(IEventFields fields, GuestEvent read, List<FieldError> errors)
        {
            var raw = Optional(fields, EventField.MacAddress, int.MaxValue, errors);
            var hash = Optional(fields, EventField.MacHash, int.MaxValue, errors);
            if (raw != null && hash != null)
            {
                errors.Add(new FieldError(WifiErrorCodes.InvalidMac, EventField.MacHash, "Give MacAddress or MacHash, not both."));
                return;
            }

            if (hash != null)
            {
                if (MacAddress.IsHash(hash))
                {
                    read.MacHash = hash.ToLowerInvariant();
                }
                else
                {
                    errors.Add(new FieldError(WifiErrorCodes.InvalidMac, EventField.MacHash, "MacHash must be 64 hexadecimal characters."));
                }
            }
            else if (raw != null)
            {
                if (MacAddress.IsHash(raw))
                {
                    read.MacHash = raw.ToLowerInvariant();
                }
                else if (MacAddress.TryParse(raw, out var mac))
                {
                    read.Mac = mac;
                }
                else
                {
                    errors.Add(new FieldError(WifiErrorCodes.InvalidMac, EventField.MacAddress,
                        "MacAddress must be a MAC address (aa:bb:cc:dd:ee:ff, aa-bb-..., aabb.ccdd.eeff or 12 hex digits) or a 64-hex hash."));
                }
            }
        }

        internal static DateTime? InRange(IEventFields fields, string name, DateTime utcNow, List<FieldError> errors)
        {
            var value = fields.ReadDateTime(name, errors);
            if (value.HasValue && (value.Value < EarliestSession || value.Value > utcNow + FutureAllowance))
            {
                errors.Add(new FieldError(WifiErrorCodes.DateOutOfRange, name, name + " must be from 2000-01-01 up to 24 hours after the server's time."));
                return null;
            }

            // Dataverse stores date-times to the second: compare and store what it will hold.
            return value.HasValue ? new DateTime(value.Value.Ticks - (value.Value.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc) : value;
        }

        internal static string? Required(IEventFields fields, string name, int maxLength, List<FieldError> errors)
        {
            var value = Optional(fields, name, maxLength, errors);
            if (value == null && !HasError(errors, name))
            {
                errors.Add(new FieldError(WifiErrorCodes.MissingField, name, name + " is required."));
            }

            return value;
        }

        /// <summary>The trimmed text; null when absent or blank, or when it is too long (the error added).</summary>
        internal static string? Optional(IEventFields fields, string name, int maxLength, List<FieldError> errors)
        {
            var value = fields.ReadString(name, errors)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            if (value!.Length > maxLength)
            {
                errors.Add(new FieldError(WifiErrorCodes.FieldTooLong, name, name + " is longer than " + maxLength.ToString(CultureInfo.InvariantCulture) + " characters."));
                return null;
            }

            return value;
        }

        private static bool HasError(List<FieldError> errors, string field) => errors.Exists(error => error.Field == field);
    }
}
