using System;
using System.Globalization;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>cr_wifivisit rows to <see cref="SessionState"/> and back.</summary>
    public static class VisitMapping
    {
        public static readonly string[] Columns =
        {
            Schema.Visit.PrimaryId, Schema.Visit.SessionId, Schema.Visit.SessionStart, Schema.Visit.SessionEnd, Schema.Visit.Venue,
            Schema.Visit.Zone, Schema.Visit.MacHash, Schema.Visit.AuthMethod, Schema.Visit.Contact,
        };

        /// <summary>A session read through a join under <paramref name="alias"/>; null when the row has none.</summary>
        public static SessionState? FromAliased(Entity row, string alias)
        {
            var id = Aliased<Guid?>(row, alias, Schema.Visit.PrimaryId);
            var contact = Aliased<EntityReference>(row, alias, Schema.Visit.Contact);
            if (id == null || contact == null)
            {
                return null;
            }

            return new SessionState(
                id.Value,
                contact.Id,
                Aliased<string>(row, alias, Schema.Visit.SessionId) ?? string.Empty,
                Aliased<string>(row, alias, Schema.Visit.Venue) ?? string.Empty,
                Aliased<DateTime?>(row, alias, Schema.Visit.SessionStart) ?? DateTime.MinValue)
            {
                End = Aliased<DateTime?>(row, alias, Schema.Visit.SessionEnd),
                Zone = Aliased<string>(row, alias, Schema.Visit.Zone),
                MacHash = Aliased<string>(row, alias, Schema.Visit.MacHash),
                AuthMethod = Aliased<string>(row, alias, Schema.Visit.AuthMethod),
            };
        }

        public static SessionState FromRow(Entity row) =>
            new SessionState(
                row.Id,
                row.GetAttributeValue<EntityReference>(Schema.Visit.Contact)?.Id ?? Guid.Empty,
                row.GetAttributeValue<string>(Schema.Visit.SessionId) ?? string.Empty,
                row.GetAttributeValue<string>(Schema.Visit.Venue) ?? string.Empty,
                row.GetAttributeValue<DateTime?>(Schema.Visit.SessionStart) ?? DateTime.MinValue)
            {
                End = row.GetAttributeValue<DateTime?>(Schema.Visit.SessionEnd),
                Zone = row.GetAttributeValue<string>(Schema.Visit.Zone),
                MacHash = row.GetAttributeValue<string>(Schema.Visit.MacHash),
                AuthMethod = row.GetAttributeValue<string>(Schema.Visit.AuthMethod),
            };

        public static Entity ForCreate(SessionState session)
        {
            var row = new Entity(Schema.Visit.Table, session.Id)
            {
                [Schema.Visit.Name] = NameOf(session),
                [Schema.Visit.SessionId] = session.SessionId,
                [Schema.Visit.SessionStart] = session.Start,
                [Schema.Visit.Venue] = session.Venue,
                [Schema.Visit.Contact] = new EntityReference(Schema.Contact.Table, session.ContactId),
            };
            Set(row, Schema.Visit.SessionEnd, session.End);
            Set(row, Schema.Visit.DwellMinutes, session.DwellMinutes);
            Set(row, Schema.Visit.Zone, session.Zone);
            Set(row, Schema.Visit.MacHash, session.MacHash);
            Set(row, Schema.Visit.AuthMethod, session.AuthMethod);
            return row;
        }

        /// <summary>Completing or extending a session changes its end and dwell, nothing else.</summary>
        public static Entity ForEnd(SessionState session) =>
            new Entity(Schema.Visit.Table, session.Id)
            {
                [Schema.Visit.SessionEnd] = session.End,
                [Schema.Visit.DwellMinutes] = session.DwellMinutes,
            };

        // The primary name says where and when, never who: "Grand Hotel 2026-03-18 15:05".
        private static string NameOf(SessionState session)
        {
            var name = session.Venue + " " + session.Start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            return name.Length <= 100 ? name : name.Substring(0, 100);
        }

        private static void Set(Entity row, string column, object? value)
        {
            if (value != null)
            {
                row[column] = value;
            }
        }

        private static T? Aliased<T>(Entity row, string alias, string column) =>
            row.GetAttributeValue<AliasedValue>(alias + "." + column)?.Value is T value ? value : default;
    }
}
