using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Scenarios.Tests.Aggregates
{
    /// <summary>The aggregate columns of a contact as Dataverse holds them, comparable as one value.</summary>
    internal sealed record StoredAggregates(int? Visits, int? Sessions, int? TotalDwell, decimal? AverageDwell, DateTime? FirstVisit, DateTime? LastVisit, string? Zone)
    {
        public static readonly StoredAggregates None = new StoredAggregates(null, null, null, null, null, null, null);

        public static StoredAggregates Read(IOrganizationService service, Guid contactId)
        {
            var contact = service.Retrieve("contact", contactId, new ColumnSet(
                "cr_wifi_visit_count", "cr_wifi_session_count", "cr_wifi_total_dwell", "cr_wifi_avg_dwell", "cr_wifi_first_visit", "cr_wifi_last_visit", "cr_wifi_zone_preference"));
            return new StoredAggregates(
                contact.GetAttributeValue<int?>("cr_wifi_visit_count"),
                contact.GetAttributeValue<int?>("cr_wifi_session_count"),
                contact.GetAttributeValue<int?>("cr_wifi_total_dwell"),
                contact.GetAttributeValue<decimal?>("cr_wifi_avg_dwell"),
                contact.GetAttributeValue<DateTime?>("cr_wifi_first_visit"),
                contact.GetAttributeValue<DateTime?>("cr_wifi_last_visit"),
                contact.GetAttributeValue<string>("cr_wifi_zone_preference"));
        }
    }
}
