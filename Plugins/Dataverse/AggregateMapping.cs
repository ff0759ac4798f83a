using System;
using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Visits;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Contact aggregate columns to <see cref="WifiAggregates"/> and back; cr_wifivisit rows and images to sessions.</summary>
    public static class AggregateMapping
    {
        public static readonly string[] SessionColumns =
        {
            Schema.Visit.PrimaryId, Schema.Visit.Contact, Schema.Visit.Venue, Schema.Visit.SessionStart, Schema.Visit.SessionEnd, Schema.Visit.Zone,
        };

        public static WifiAggregates FromContact(Entity contact) =>
            new WifiAggregates(
                contact.GetAttributeValue<int?>(Schema.ContactAggregates.VisitCount),
                contact.GetAttributeValue<int?>(Schema.ContactAggregates.SessionCount),
                contact.GetAttributeValue<int?>(Schema.ContactAggregates.TotalDwell),
                contact.GetAttributeValue<decimal?>(Schema.ContactAggregates.AverageDwell),
                contact.GetAttributeValue<DateTime?>(Schema.ContactAggregates.FirstVisit),
                contact.GetAttributeValue<DateTime?>(Schema.ContactAggregates.LastVisit),
                contact.GetAttributeValue<string>(Schema.ContactAggregates.ZonePreference));

        /// <summary>An update of the columns whose value differs, nothing else (no audit noise, no needless triggers).</summary>
        public static Entity Changes(Guid contactId, WifiAggregates stored, WifiAggregates updated)
        {
            var row = new Entity(Schema.Contact.Table, contactId);
            SetIfChanged(row, Schema.ContactAggregates.VisitCount, stored.VisitCount, updated.VisitCount);
            SetIfChanged(row, Schema.ContactAggregates.SessionCount, stored.SessionCount, updated.SessionCount);
            SetIfChanged(row, Schema.ContactAggregates.TotalDwell, stored.TotalDwell, updated.TotalDwell);
            SetIfChanged(row, Schema.ContactAggregates.AverageDwell, stored.AverageDwell, updated.AverageDwell);
            SetIfChanged(row, Schema.ContactAggregates.FirstVisit, stored.FirstVisit, updated.FirstVisit);
            SetIfChanged(row, Schema.ContactAggregates.LastVisit, stored.LastVisit, updated.LastVisit);
            if (!string.Equals(stored.ZonePreference, updated.ZonePreference, StringComparison.Ordinal))
            {
                row[Schema.ContactAggregates.ZonePreference] = updated.ZonePreference;
            }

            return row;
        }

        public static SessionSpan ToSpan(Entity row) =>
            new SessionSpan(
                row.Id,
                row.GetAttributeValue<string>(Schema.Visit.Venue) ?? string.Empty,
                row.GetAttributeValue<DateTime?>(Schema.Visit.SessionStart) ?? DateTime.MinValue,
                row.GetAttributeValue<DateTime?>(Schema.Visit.SessionEnd),
                row.GetAttributeValue<string>(Schema.Visit.Zone));

        /// <summary>The session a row (or image) describes, with its contact; null when it belongs to no contact.</summary>
        public static ContactSession? ToContactSession(Entity row)
        {
            var contact = row.GetAttributeValue<EntityReference>(Schema.Visit.Contact);
            return contact == null || contact.Id == Guid.Empty ? null : new ContactSession(contact.Id, ToSpan(row));
        }

        private static void SetIfChanged<T>(Entity row, string column, T? stored, T? updated)
            where T : struct
        {
            if (!Nullable.Equals(stored, updated))
            {
                row[column] = updated;
            }
        }
    }
}
