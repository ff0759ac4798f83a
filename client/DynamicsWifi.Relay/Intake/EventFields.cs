using System;
using System.Collections.Generic;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Relay.Intake
{
    /// <summary>DESIGN.md 4's field names (case-sensitive, as Dataverse reads them), each with its JSON type and where it
    /// goes on the client's GuestEvent.</summary>
    internal static class EventFields
    {
        public static readonly IReadOnlyDictionary<string, EventFieldKind> Kinds = new Dictionary<string, EventFieldKind>(StringComparer.Ordinal)
        {
            ["SessionId"] = EventFieldKind.Text,
            ["Venue"] = EventFieldKind.Text,
            ["SessionStart"] = EventFieldKind.Date,
            ["SessionEnd"] = EventFieldKind.Date,
            ["JourneyTime"] = EventFieldKind.Date,
            ["Email"] = EventFieldKind.Text,
            ["Mobile"] = EventFieldKind.Text,
            ["FirstName"] = EventFieldKind.Text,
            ["LastName"] = EventFieldKind.Text,
            ["Gender"] = EventFieldKind.Text,
            ["DateOfBirth"] = EventFieldKind.Text,
            ["CanReceiveEmail"] = EventFieldKind.Boolean,
            ["ConsentTimestamp"] = EventFieldKind.Date,
            ["ConsentChannel"] = EventFieldKind.Text,
            ["GuestId"] = EventFieldKind.Text,
            ["Zone"] = EventFieldKind.Text,
            ["MacAddress"] = EventFieldKind.Text,
            ["MacHash"] = EventFieldKind.Text,
            ["AuthMethod"] = EventFieldKind.Text,
        };

        public static void SetText(GuestEvent login, string name, string value)
        {
            switch (name)
            {
                case "SessionId": login.SessionId = value; break;
                case "Venue": login.Venue = value; break;
                case "Email": login.Email = value; break;
                case "Mobile": login.Mobile = value; break;
                case "FirstName": login.FirstName = value; break;
                case "LastName": login.LastName = value; break;
                case "Gender": login.Gender = value; break;
                case "DateOfBirth": login.DateOfBirth = value; break;
                case "ConsentChannel": login.ConsentChannel = value; break;
                case "GuestId": login.GuestId = value; break;
                case "Zone": login.Zone = value; break;
                case "MacAddress": login.MacAddress = value; break;
                case "MacHash": login.MacHash = value; break;
                default: login.AuthMethod = value; break;
            }
        }

        public static void SetDate(GuestEvent login, string name, DateTime utc)
        {
            switch (name)
            {
                case "SessionStart": login.SessionStart = utc; break;
                case "SessionEnd": login.SessionEnd = utc; break;
                case "JourneyTime": login.JourneyTime = utc; break;
                default: login.ConsentTimestamp = utc; break;
            }
        }
    }
}
