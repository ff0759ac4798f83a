using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Scenarios.Tests
{
    /// <summary>A contact's identity key follows the email and mobile edited in Dynamics (DESIGN.md 3), through the step
    /// as Solution/ registers it.</summary>
    [TestClass]
    public sealed class IdentityKeyTests
    {
        private const string AnnEmailKey = "email-71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476";
        private const string AnnPhoneKey = "tel-a8acc3a90a7b4e4dc65e93db9240ed26523050ef754d63b75b5161de76781436";
        private const string UsPhoneKey = "tel-";

        [TestMethod]
        public void NewContactWithAnEmail_GetsItsIdentityKey()
        {
            var service = Organizations.WithDynamicsWifi().CreateOrganizationService(null);

            var id = service.Create(new Entity("contact") { ["lastname"] = "Smith", ["emailaddress1"] = " Ann@Example.COM " });

            Assert.AreEqual(AnnEmailKey, service.Retrieve("contact", id, new ColumnSet("cr_wifi_identitykey"))["cr_wifi_identitykey"]);
        }

        [TestMethod]
        public void ContactAddressedByItsIdentityKey_IsFound()
        {
            var service = Organizations.WithDynamicsWifi().CreateOrganizationService(null);
            var id = service.Create(new Entity("contact") { ["lastname"] = "Smith", ["emailaddress1"] = "ann@example.com" });

            var found = (RetrieveResponse)service.Execute(new RetrieveRequest
            {
                Target = new EntityReference("contact", "cr_wifi_identitykey", AnnEmailKey),
                ColumnSet = new ColumnSet("lastname"),
            });

            Assert.AreEqual(id, found.Entity.Id);
        }

        [TestMethod]
        public void EmailRemovedFromAContactWithAMobile_MovesTheKeyToTheMobile()
        {
            var service = Organizations.WithDynamicsWifi().CreateOrganizationService(null);
            var id = service.Create(new Entity("contact") { ["lastname"] = "Smith", ["emailaddress1"] = "ann@example.com", ["mobilephone"] = "07700 900123" });

            service.Update(new Entity("contact", id) { ["emailaddress1"] = null });

            Assert.AreEqual(AnnPhoneKey, service.Retrieve("contact", id, new ColumnSet("cr_wifi_identitykey"))["cr_wifi_identitykey"]);
        }

        [TestMethod]
        public void MobileWithoutCountryCode_UsesTheCurrentValueOfTheDefaultCountry()
        {
            var organization = Organizations.WithDynamicsWifi();
            organization.SetEnvironmentVariable("cr_WifiDefaultCountry", "US");
            var service = organization.CreateOrganizationService(null);

            var id = service.Create(new Entity("contact") { ["lastname"] = "Smith", ["mobilephone"] = "(555) 123-4567" });

            var key = (string)service.Retrieve("contact", id, new ColumnSet("cr_wifi_identitykey"))["cr_wifi_identitykey"];
            Assert.AreEqual(PhoneKeyOf("+15551234567"), key);
            StringAssert.StartsWith(key, UsPhoneKey);
        }

        [TestMethod]
        public void SecondContactWithTheSameEmail_IsSavedWithoutTakingTheKey()
        {
            var organization = Organizations.WithDynamicsWifi();
            var service = organization.CreateOrganizationService(null);
            var first = service.Create(new Entity("contact") { ["lastname"] = "Smith", ["emailaddress1"] = "ann@example.com" });

            var second = service.Create(new Entity("contact") { ["lastname"] = "Smith", ["emailaddress1"] = "ANN@example.com" });

            Assert.IsFalse(service.Retrieve("contact", second, new ColumnSet("cr_wifi_identitykey")).Contains("cr_wifi_identitykey"));
            Assert.AreEqual(AnnEmailKey, service.Retrieve("contact", first, new ColumnSet("cr_wifi_identitykey"))["cr_wifi_identitykey"]);
            Assert.IsTrue(organization.PluginTraces.Records.SelectMany(record => record.Lines).Any(line => line.Contains(first.ToString())));
        }

        [TestMethod]
        public void UpdateOfAnotherColumn_DoesNotRunTheStep()
        {
            var organization = Organizations.WithDynamicsWifi();
            var service = organization.CreateOrganizationService(null);
            var id = service.Create(new Entity("contact") { ["lastname"] = "Smith", ["emailaddress1"] = "ann@example.com" });
            organization.PluginTraces.Clear();

            service.Update(new Entity("contact", id) { ["lastname"] = "Jones" });

            Assert.AreEqual(0, organization.PluginTraces.Records.Count);
        }

        [TestMethod]
        public void TraceLines_HoldNoEmailPhoneOrKey()
        {
            var organization = Organizations.WithDynamicsWifi();
            var service = organization.CreateOrganizationService(null);

            var id = service.Create(new Entity("contact") { ["lastname"] = "Smith", ["emailaddress1"] = "ann@example.com", ["mobilephone"] = "+447700900123" });
            service.Update(new Entity("contact", id) { ["emailaddress1"] = "ann.smith@example.com" });

            var lines = organization.PluginTraces.Records.SelectMany(record => record.Lines).ToList();
            Assert.IsTrue(lines.Count >= 2);
            Assert.IsFalse(lines.Any(line => line.Contains("ann") || line.Contains("7700") || line.Contains("email-") || line.Contains("tel-")));
        }

        private static string PhoneKeyOf(string e164)
        {
            Plugins.Identity.PhoneNumber.TryParse(e164, null, out var phone);
            return Plugins.Identity.IdentityKey.ForPhone(phone!).Value;
        }
    }
}
