using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Scenarios.Tests.Ingest;
using Microsoft.Xrm.Sdk;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Scenarios.Tests.Aggregates
{
    /// <summary>cr_RecordWifiAuthentication reads only the sessions around a returning guest's login (whole visits, the
    /// rest counted by the stored aggregates) and falls back to all of them when a visit reaches past what it read: its
    /// answer (VisitCount, ReturningGuest) and the stored aggregates must equal a recomputation after every login, and
    /// the cost must not grow with the sessions a guest holds.</summary>
    [TestClass]
    public sealed class LoginNeighbourhoodTests
    {
        private static readonly TimeSpan Gap = TimeSpan.FromMinutes(30);
        private static readonly DateTime Day = DateTime.UtcNow.Date.AddDays(-4);

        [TestMethod]
        public void RandomSingleLogins_AnswerAndStoreWhatARecomputationGives()
        {
            var wifi = WifiOrganization.Start();
            var random = new Random(2026);
            var guests = new[] { "ann@example.com", "bob@example.com", "cy@example.com" };
            var sent = new List<(string Email, string SessionId, string Venue, string? Zone, DateTime Start, DateTime? End)>();
            var costs = new List<int>();
            for (var index = 0; index < 300; index++)
            {
                var login = NextLogin(random, guests, sent, index);
                sent.Add(login);
                wifi.Emulator.Requests.Clear();

                var response = wifi.Record(Login.Of(login.Email, login.SessionId).With("Venue", login.Venue).With("Zone", login.Zone).At(login.Start, login.End));

                costs.Add(ServiceCalls.ByPlugins(wifi.Emulator.Requests.Records));
                var contactId = (Guid)response["ContactId"];
                var sessions = SessionsOf(wifi, contactId);
                var expected = AggregateOracle.Of(sessions, Gap);
                var context = "login " + index + " (" + login.SessionId + ")";
                Assert.AreEqual(expected, StoredAggregates.Read(wifi.System, contactId), context);
                Assert.AreEqual(expected.Visits, response["VisitCount"], context);
                Assert.AreEqual(AggregateOracle.HasVisitBefore(sessions, Gap, (Guid)response["VisitId"]), response["ReturningGuest"], context);
            }

            var usual = costs.Skip(guests.Length).GroupBy(cost => cost).OrderByDescending(group => group.Count()).First().Key;
            Assert.IsTrue(costs.Any(cost => cost > usual + 1), "some visits reach past the sessions read around the login, and are read whole: " + string.Join(",", costs));
        }

        [TestMethod]
        public void ReturningGuestHolding2000Sessions_CostsWhatAGuestHoldingOneCosts()
        {
            var wifi = WifiOrganization.Start();
            var few = Hold(wifi, "few@example.com", sessions: 1);
            var many = Hold(wifi, "many@example.com", sessions: 2_000);

            var fewCost = CostOfNextLogin(wifi, "few@example.com", few);
            var manyCost = CostOfNextLogin(wifi, "many@example.com", many);

            Assert.AreEqual(fewCost.Calls, manyCost.Calls, "the same calls whatever the sessions held");
            Assert.AreEqual(2_001, manyCost.Response["VisitCount"]);
            Assert.AreEqual(true, manyCost.Response["ReturningGuest"]);
            Assert.AreEqual(AggregateOracle.Of(SessionsOf(wifi, many), Gap), StoredAggregates.Read(wifi.System, many));
        }

        // Mostly logins near a session the guest already has (reconnects, and chains that grow visits longer than what a
        // login reads around itself), some far away or earlier than everything (late arrivals), some a session sent again
        // (unchanged, or closed later); zones vary, so the preferred zone moves.
        private static (string Email, string SessionId, string Venue, string? Zone, DateTime Start, DateTime? End) NextLogin(
            Random random, string[] guests, List<(string Email, string SessionId, string Venue, string? Zone, DateTime Start, DateTime? End)> sent, int index)
        {
            var email = guests[random.Next(guests.Length)];
            var own = sent.Where(login => login.Email == email).ToList();
            var venue = random.Next(4) == 0 ? "Spa" : "Grand Hotel";
            if (own.Count > 0 && random.Next(6) == 0)
            {
                var again = own[random.Next(own.Count)];
                var end = again.End.HasValue && random.Next(2) == 0 ? again.End : again.Start.AddMinutes(random.Next(1, 90));
                return (email, again.SessionId, again.Venue, again.Zone, again.Start, end);
            }

            var start = own.Count > 0 && random.Next(3) != 0
                ? own[random.Next(own.Count)].Start.AddMinutes(random.Next(-40, 70))
                : Day.AddMinutes(random.Next(0, 3 * 24 * 60));
            var zone = random.Next(4) switch { 0 => "spa", 1 => "lobby", 2 => "pool", _ => null };
            return (email, "s-" + index, venue, zone, start, random.Next(3) == 0 ? (DateTime?)null : start.AddMinutes(random.Next(0, 50)));
        }

        private static Guid Hold(WifiOrganization wifi, string email, int sessions)
        {
            var contactId = (Guid)wifi.Record(Login.Of(email).At(Day.AddDays(-300))) ["ContactId"];
            var rows = new EntityCollection { EntityName = "cr_wifivisit" };
            for (var index = 1; index < sessions; index++)
            {
                var start = Day.AddDays(-300).AddHours(2 * index);
                rows.Entities.Add(new Entity("cr_wifivisit")
                {
                    ["cr_name"] = "Grand Hotel",
                    ["cr_sessionid"] = email + "-" + index,
                    ["cr_contactid"] = new EntityReference("contact", contactId),
                    ["cr_venue"] = index % 5 == 0 ? "Spa" : "Grand Hotel",
                    ["cr_sessionstart"] = start,
                    ["cr_sessionend"] = start.AddMinutes(45),
                });
            }

            foreach (var chunk in rows.Entities.Chunk(1_000))
            {
                wifi.System.Execute(new OrganizationRequest("CreateMultiple") { ["Targets"] = new EntityCollection(chunk.ToList()) { EntityName = "cr_wifivisit" } });
            }

            return contactId;
        }

        private static (int Calls, OrganizationResponse Response) CostOfNextLogin(WifiOrganization wifi, string email, Guid contactId)
        {
            wifi.Emulator.Requests.Clear();
            var response = wifi.Record(Login.Of(email).At(Day.AddHours(10), Day.AddHours(11)));
            Assert.AreEqual(contactId, response["ContactId"]);
            return (ServiceCalls.ByPlugins(wifi.Emulator.Requests.Records), response);
        }

        private static List<Entity> SessionsOf(WifiOrganization wifi, Guid contactId) =>
            wifi.Visits().Where(row => row.GetAttributeValue<EntityReference>("cr_contactid")?.Id == contactId).ToList();
    }
}
