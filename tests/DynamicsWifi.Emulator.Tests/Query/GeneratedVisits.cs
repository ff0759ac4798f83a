using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Query
{
    /// <summary>10,000 WiFi visits of 25 guests from a fixed seed, with about one value in ten left empty, kept beside
    /// the rows so every query can be recomputed with LINQ.</summary>
    internal static class GeneratedVisits
    {
        public sealed record Visit(Guid Contact, int? Minutes, long? Bytes, double? Score, decimal? Rating, decimal? Spend, int? Zone, DateTime Started);

        private static readonly Lazy<(TestRowSource Source, List<Visit> Visits, Guid[] Contacts)> Generated = new Lazy<(TestRowSource, List<Visit>, Guid[])>(Generate);

        /// <summary>The source (shared: tests only read it), the visits as written, and the 25 guests.</summary>
        public static (TestRowSource Source, List<Visit> Visits, Guid[] Contacts) Instance => Generated.Value;

        private static (TestRowSource, List<Visit>, Guid[]) Generate()
        {
            var random = new Random(20260318);
            var source = QueryFixture.NewSource();
            var contacts = Enumerable.Range(0, 25).Select(index => source.Add("contact", ("fullname", "guest " + index.ToString("D2", CultureInfo.InvariantCulture))).Id).ToArray();
            var visits = new List<Visit>();
            var zones = new[] { 100, 200, 300 };
            for (var index = 0; index < 10000; index++)
            {
                var visit = new Visit(
                    contacts[random.Next(contacts.Length)],
                    random.Next(10) == 0 ? null : random.Next(0, 600),
                    random.Next(10) == 0 ? null : (long)random.Next() * 7,
                    random.Next(10) == 0 ? null : Math.Round(random.NextDouble() * 100, 3),
                    random.Next(10) == 0 ? null : Math.Round((decimal)random.NextDouble() * 5, 2),
                    random.Next(10) == 0 ? null : Math.Round((decimal)random.NextDouble() * 80, 2),
                    random.Next(20) == 0 ? null : zones[random.Next(3)],
                    new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 60 * 24 * 500)));
                visits.Add(visit);
                source.Add("cr_wifivisit",
                    ("cr_name", "visit " + index.ToString(CultureInfo.InvariantCulture)),
                    ("cr_contactid", new EntityReference("contact", visit.Contact)),
                    ("cr_dwellminutes", visit.Minutes),
                    ("cr_bytes", visit.Bytes),
                    ("cr_score", visit.Score),
                    ("cr_rating", visit.Rating),
                    ("cr_spend", visit.Spend is { } spend ? new Money(spend) : null),
                    ("cr_zone", visit.Zone is { } zone ? new OptionSetValue(zone) : null),
                    ("cr_startedon", visit.Started));
            }

            return (source, visits, contacts);
        }
    }
}
