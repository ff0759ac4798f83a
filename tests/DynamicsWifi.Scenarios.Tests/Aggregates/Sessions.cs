using System;
using DynamicsWifi.Emulator;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Scenarios.Tests.Aggregates
{
    /// <summary>Contacts and cr_wifivisit rows written the way an import, a flow or the UI writes them: plain Create, Update
    /// and Delete of the rows, no WiFi API involved.</summary>
    internal sealed class Sessions
    {
        public static readonly DateTime Day = new DateTime(2026, 3, 18, 9, 0, 0, DateTimeKind.Utc);

        public Sessions()
        {
            Emulator = Organizations.WithDynamicsWifi();
            Service = Emulator.CreateOrganizationService(null);
        }

        public DataverseEmulator Emulator { get; }

        public IOrganizationService Service { get; }

        public Guid NewContact(string lastName = "Guest") => Service.Create(new Entity("contact") { ["lastname"] = lastName });

        public Guid Add(Guid contactId, string venue, int startMinute, int? minutes, string? zone = null) =>
            Service.Create(Row(Guid.NewGuid(), contactId, venue, startMinute, minutes, zone));

        public static Entity Row(Guid id, Guid contactId, string venue, int startMinute, int? minutes, string? zone)
        {
            var row = new Entity("cr_wifivisit", id)
            {
                ["cr_name"] = venue,
                ["cr_sessionid"] = "s-" + id.ToString("N"),
                ["cr_contactid"] = new EntityReference("contact", contactId),
                ["cr_venue"] = venue,
                ["cr_sessionstart"] = Day.AddMinutes(startMinute),
            };
            if (minutes.HasValue)
            {
                row["cr_sessionend"] = Day.AddMinutes(startMinute + minutes.Value);
            }

            if (zone != null)
            {
                row["cr_zone"] = zone;
            }

            return row;
        }

        public void Update(Guid sessionId, string column, object? value) => Service.Update(new Entity("cr_wifivisit", sessionId) { [column] = value });

        public void Delete(Guid sessionId) => Service.Delete("cr_wifivisit", sessionId);

        public StoredAggregates Of(Guid contactId) => StoredAggregates.Read(Service, contactId);
    }
}
