using System;
using System.Collections.Concurrent;
using System.Linq;
using System.ServiceModel;
using System.Threading;
using DynamicsWifi.Plugins.Validation;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Scenarios.Tests.Ingest
{
    /// <summary>Logins racing for one guest (DESIGN.md 3): never a duplicate contact, every session recorded, one
    /// business event per visit, and any WIFI_RETRY settled by its retry.</summary>
    [TestClass]
    public sealed class RaceTests
    {
        private const int Logins = 16;

        [TestMethod]
        public void SixteenParallelFirstLoginsOfOneNewGuest_HundredRounds_OneContactSixteenSessions()
        {
            var wifi = WifiOrganization.Start();
            var retries = new Retrying();

            for (var round = 0; round < 100; round++)
            {
                var email = "guest" + round + "@example.com";
                var responses = new ConcurrentBag<OrganizationResponse>();
                var eventsBefore = wifi.BusinessEvents();

                Together.Run(Logins, login => responses.Add(retries.Call(() => wifi.Record(Login.Of(email, "r" + round + "-" + login)))));

                var contactIds = responses.Select(response => (Guid)response["ContactId"]).Distinct().ToList();
                Assert.AreEqual(1, contactIds.Count, "round " + round);
                Assert.AreEqual(Logins, wifi.Visits().Count(visit => visit.GetAttributeValue<EntityReference>("cr_contactid").Id == contactIds[0]), "round " + round);
                Assert.AreEqual(1, responses.Count(response => (bool)response["ContactCreated"]), "round " + round);
                Assert.AreEqual(1, wifi.BusinessEvents() - eventsBefore, "round " + round + ": sixteen sessions of one visit");
            }

            Assert.AreEqual(100, wifi.Contacts().Count);
            Console.WriteLine("WIFI_RETRY seen by callers of 1,600 racing first logins: " + retries.Count);
            Assert.AreEqual(0, retries.Count, "called from outside a transaction, the pre-validation step settles every race itself");
        }

        [TestMethod]
        public void FirstLoginsRacingInsideTransactions_LoserEndsWithRetryWhichSucceeds()
        {
            var wifi = WifiOrganization.Start();
            var retries = new Retrying();

            for (var round = 0; round < 30; round++)
            {
                var email = "guest" + round + "@example.com";
                Together.Run(2, login => retries.Call(() =>
                {
                    OrganizationResponse? response = null;
                    wifi.Emulator.ExecuteInTransaction(wifi.PlatformUserId, service => response = service.Execute(Login.Of(email, "t" + round + "-" + login).ToRequest()));
                    return response!;
                }));

                var contacts = wifi.Contacts().Where(contact => (string)contact["emailaddress1"] == email).ToList();
                Assert.AreEqual(1, contacts.Count, "round " + round);
                Assert.AreEqual(2, wifi.Visits().Count(visit => visit.GetAttributeValue<EntityReference>("cr_contactid").Id == contacts[0].Id), "round " + round);
            }

            Console.WriteLine("WIFI_RETRY seen by 60 first logins racing inside transactions: " + retries.Count);
            Assert.IsTrue(retries.Count > 0, "inside a transaction a lost race cannot be caught: it must surface as WIFI_RETRY");
        }

        [TestMethod]
        public void SixteenParallelSessionsOfAReturningGuest_AreOneVisitWithOneEvent()
        {
            var wifi = WifiOrganization.Start();
            wifi.Record(Login.Of("ann@example.com").At(DateTime.UtcNow.AddDays(-3), DateTime.UtcNow.AddDays(-3).AddHours(1)));
            var responses = new ConcurrentBag<OrganizationResponse>();
            var retries = new Retrying();

            Together.Run(Logins, login => responses.Add(retries.Call(() => wifi.Record(Login.Of("ann@example.com", "now-" + login)))));

            Assert.AreEqual(0, retries.Count);
            Assert.AreEqual(17, wifi.Visits().Count);
            Assert.IsTrue(responses.All(response => (int)response["VisitCount"] == 2 && (bool)response["ReturningGuest"]));
            Assert.AreEqual(1, wifi.BusinessEvents(), "the logins ran one after the other under the contact's lock");
        }

        /// <summary>What a client does with WIFI_RETRY: the same call again (like a 503), counted.</summary>
        private sealed class Retrying
        {
            private int _count;

            public int Count => _count;

            public OrganizationResponse Call(Func<OrganizationResponse> call)
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        return call();
                    }
                    catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail.Message.StartsWith(WifiErrorCodes.Retry, StringComparison.Ordinal) && attempt < 5)
                    {
                        Interlocked.Increment(ref _count);
                    }
                }
            }
        }
    }
}
