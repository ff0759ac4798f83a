using System;
using System.Linq;
using DynamicsWifi.Plugins.Identity;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Scenarios.Tests.Ingest
{
    /// <summary>cr_RecordWifiAuthentication through the emulator as Solution/ registers it, called by the WiFi
    /// platform's application user holding the WiFi Integration role.</summary>
    [TestClass]
    public sealed class SingleLoginTests
    {
        [TestMethod]
        public void NewGuest_GetsOneContactAndOneSession()
        {
            var wifi = WifiOrganization.Start();

            var response = wifi.Record(Login.Of("Ann@Example.com", "s-1").With("FirstName", "Ann").With("LastName", "Smith").With("Gender", "F").With("DateOfBirth", "1990-05-17").With("Zone", "Spa"));

            var contact = wifi.Contacts().Single();
            var visit = wifi.Visits().Single();
            Assert.AreEqual(contact.Id, response["ContactId"]);
            Assert.AreEqual(visit.Id, response["VisitId"]);
            Assert.AreEqual(true, response["ContactCreated"]);
            Assert.AreEqual(false, response["ReturningGuest"]);
            Assert.AreEqual(1, response["VisitCount"]);
            Assert.AreEqual("recorded", response["Outcome"]);
            Assert.AreEqual("ann@example.com", contact["emailaddress1"]);
            Assert.AreEqual("Ann", contact["firstname"]);
            Assert.AreEqual(2, contact.GetAttributeValue<OptionSetValue>("gendercode").Value);
            Assert.AreEqual(new DateTime(1990, 5, 17), contact.GetAttributeValue<DateTime>("birthdate").Date);
            Assert.AreEqual(KeyOf("ann@example.com"), contact["cr_wifi_identitykey"]);
            Assert.AreEqual("s-1", visit["cr_sessionid"]);
            Assert.AreEqual("Spa", visit["cr_zone"]);
            Assert.AreEqual(contact.Id, visit.GetAttributeValue<EntityReference>("cr_contactid").Id);
        }

        [TestMethod]
        public void ReturningGuest_WithADifferentlyCasedEmail_IsTheSameContact()
        {
            var wifi = WifiOrganization.Start();
            var first = wifi.Record(Login.Of("ann@example.com").At(DateTime.UtcNow.AddDays(-2), DateTime.UtcNow.AddDays(-2).AddHours(1)));

            var second = wifi.Record(Login.Of(" ANN@example.COM "));

            Assert.AreEqual(first["ContactId"], second["ContactId"]);
            Assert.AreEqual(false, second["ContactCreated"]);
            Assert.AreEqual(true, second["ReturningGuest"]);
            Assert.AreEqual(2, second["VisitCount"]);
            Assert.AreEqual(1, wifi.Contacts().Count);
        }

        [TestMethod]
        public void PhoneOnlyGuest_InNationalFormat_IsStoredAndKeyedInE164()
        {
            var wifi = WifiOrganization.Start();

            var first = wifi.Record(Login.ByPhone("07700 900123"));
            var second = wifi.Record(Login.ByPhone("+44 7700 900123"));

            var contact = wifi.Contacts().Single();
            Assert.AreEqual("+447700900123", contact["mobilephone"]);
            StringAssert.StartsWith((string)contact["cr_wifi_identitykey"], "tel-");
            Assert.AreEqual(first["ContactId"], second["ContactId"]);
        }

        [TestMethod]
        public void EmailAndPhoneOfTwoUnkeyedContacts_TheEmailWinsAndTheOtherIsTracedWithoutData()
        {
            var wifi = WifiOrganization.Start();
            // A contact from before the solution: no key yet (the contact plug-in keys only emailaddress1).
            var byEmail = wifi.System.Create(new Entity("contact") { ["lastname"] = "Smith", ["emailaddress2"] = "ann@example.com" });
            var byPhone = wifi.System.Create(new Entity("contact") { ["lastname"] = "Jones", ["mobilephone"] = "+447700900123" });

            var response = wifi.Record(Login.Of("ann@example.com").With("Mobile", "+447700900123"));

            Assert.AreEqual(byEmail, response["ContactId"]);
            var lines = wifi.TraceLines().ToList();
            Assert.IsTrue(lines.Any(line => line.Contains(byPhone.ToString())), "the other contact is named for a merge");
            Assert.IsFalse(lines.Any(line => line.Contains("ann") || line.Contains("7700") || line.Contains("email-") || line.Contains("tel-")));
        }

        [TestMethod]
        public void ContactFoundInItsSecondEmailColumn_IsStampedWithTheKey()
        {
            var wifi = WifiOrganization.Start();
            var existing = wifi.System.Create(new Entity("contact") { ["lastname"] = "Smith", ["emailaddress2"] = "ann@example.com" });

            var response = wifi.Record(Login.Of("ann@example.com"));

            Assert.AreEqual(existing, response["ContactId"]);
            Assert.AreEqual(false, response["ContactCreated"]);
            Assert.AreEqual(KeyOf("ann@example.com"), wifi.Contact(existing)["cr_wifi_identitykey"]);
        }

        [TestMethod]
        public void SameSessionSentFiveTimes_IsOneRowAndUnchangedWithTheSameIds()
        {
            var wifi = WifiOrganization.Start();
            var login = Login.Of("ann@example.com", "s-1");
            var first = wifi.Record(login);

            var repeats = Enumerable.Range(0, 4).Select(_ => wifi.Record(login)).ToList();

            Assert.AreEqual(1, wifi.Visits().Count);
            Assert.IsTrue(repeats.All(response => (string)response["Outcome"] == "unchanged"));
            Assert.IsTrue(repeats.All(response => response["VisitId"].Equals(first["VisitId"]) && response["ContactId"].Equals(first["ContactId"])));
            Assert.IsTrue(repeats.All(response => (bool)response["ContactCreated"] == false));
        }

        [TestMethod]
        public void SessionSentOpenThenWithItsEnd_IsOneRowUpdated()
        {
            var wifi = WifiOrganization.Start();
            var start = DateTime.UtcNow.AddMinutes(-50);
            wifi.Record(Login.Of("ann@example.com", "s-1").At(start));

            var response = wifi.Record(Login.Of("ann@example.com", "s-1").At(start, start.AddMinutes(45)));

            var visit = wifi.Visits().Single();
            Assert.AreEqual("updated", response["Outcome"]);
            Assert.AreEqual(45, visit["cr_dwell_minutes"]);
            Assert.IsNotNull(visit["cr_sessionend"]);
        }

        [TestMethod]
        public void SessionIdOfAnotherGuest_IsAConflictAndWritesNothing()
        {
            var wifi = WifiOrganization.Start();
            wifi.Record(Login.Of("ann@example.com", "s-1"));

            var refused = Assert.ThrowsExactly<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => wifi.Record(Login.Of("ann@example.com", "s-1").With("Email", "bob@example.com")));

            StringAssert.StartsWith(refused.Detail.Message, "WIFI_SESSION_CONFLICT");
            Assert.AreEqual(1, wifi.Visits().Count);
        }

        [TestMethod]
        public void NewerPortalConsent_WinsAndOlderIsIgnored()
        {
            var wifi = WifiOrganization.Start();
            var now = DateTime.UtcNow;
            wifi.Record(Login.Of("ann@example.com").With("CanReceiveEmail", false).With("ConsentTimestamp", now.AddMinutes(-10)).With("ConsentChannel", "portal-form"));
            var contact = wifi.Contacts().Single().Id;
            Assert.AreEqual(true, wifi.Contact(contact)["donotbulkemail"]);

            wifi.Record(Login.Of("ann@example.com").With("CanReceiveEmail", true).With("ConsentTimestamp", now.AddMinutes(-20)));
            Assert.AreEqual(true, wifi.Contact(contact)["donotbulkemail"]);

            wifi.Record(Login.Of("ann@example.com").With("CanReceiveEmail", true).With("ConsentTimestamp", now.AddMinutes(-1)));
            var after = wifi.Contact(contact);
            Assert.AreEqual(false, after["donotbulkemail"]);
            Assert.AreEqual("portal-form", after["cr_consent_wifi_channel"]);
            Assert.AreEqual(false, after.GetAttributeValue<bool?>("donotemail") ?? false);
        }

        [TestMethod]
        public void LoginWithoutChanges_DoesNotWriteTheContactProfile()
        {
            var wifi = WifiOrganization.Start();
            wifi.Record(Login.Of("ann@example.com").With("FirstName", "Ann"));
            wifi.Emulator.Requests.Clear();

            wifi.Record(Login.Of("ann@example.com").With("FirstName", "Ann"));

            var contactUpdates = wifi.Emulator.Requests.Records.Single().Calls.Count(call => call.Message == "Update" && call.Table == "contact");
            Assert.AreEqual(2, contactUpdates, "the recording's lock and the new session's aggregates; no profile write");
        }

        [TestMethod]
        public void RawMac_IsStoredOnlyAsItsDailyHash()
        {
            var wifi = WifiOrganization.Start();
            wifi.SetSecret("MacHashKey", "test-key");
            var start = new DateTime(2026, 3, 18, 12, 0, 0, DateTimeKind.Utc);

            wifi.Record(Login.Of("ann@example.com").At(start).With("MacAddress", "A4-5E-60-C2-11-0B"));

            Assert.AreEqual("4c8180c67fcaf5da1cdf80560088ea54203637cc19f3a25f1e89bdae2770869f", wifi.Visits().Single()["cr_device_mac_hash"]);
        }

        [TestMethod]
        public void RawMacWithoutTheHashingKey_IsDroppedNeverStored()
        {
            var wifi = WifiOrganization.Start();

            wifi.Record(Login.Of("ann@example.com").With("MacAddress", "a4:5e:60:c2:11:0b"));

            Assert.IsFalse(wifi.Visits().Single().Contains("cr_device_mac_hash"));
            Assert.IsTrue(wifi.TraceLines().Any(line => line.Contains("MacHashKey") && line.Contains("dropped")));
        }

        [TestMethod]
        public void HashFromThePlatform_IsStoredAsGiven()
        {
            var wifi = WifiOrganization.Start();
            var hash = new string('c', 64);

            wifi.Record(Login.Of("ann@example.com").With("MacHash", hash));

            Assert.AreEqual(hash, wifi.Visits().Single()["cr_device_mac_hash"]);
        }

        [TestMethod]
        public void CallerWithoutTheIntegrationRole_IsRefusedBeforeAnythingIsWritten()
        {
            var wifi = WifiOrganization.Start();
            var stranger = wifi.Emulator.CreateOrganizationService(wifi.Emulator.CreateUser("stranger"));

            Assert.ThrowsExactly<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => stranger.Execute(Login.Of("ann@example.com").ToRequest()));

            Assert.AreEqual(0, wifi.Contacts().Count);
        }

        [TestMethod]
        public void DeletingTheContact_DeletesItsSessions()
        {
            var wifi = WifiOrganization.Start();
            var response = wifi.Record(Login.Of("ann@example.com"));

            wifi.System.Delete("contact", (Guid)response["ContactId"]);

            Assert.AreEqual(0, wifi.Visits().Count);
        }

        private static string KeyOf(string email)
        {
            EmailAddress.TryParse(email, out var parsed);
            return IdentityKey.ForEmail(parsed!).Value;
        }
    }
}
