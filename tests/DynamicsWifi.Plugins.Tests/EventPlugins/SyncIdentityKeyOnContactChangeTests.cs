using System;
using System.Linq;
using System.Threading.Tasks;
using DynamicsWifi.Plugins.EventPlugins;
using DynamicsWifi.Plugins.Identity;
using DynamicsWifi.Plugins.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Tests.EventPlugins
{
    [TestClass]
    public sealed class SyncIdentityKeyOnContactChangeTests
    {
        private const string KeyColumn = "cr_wifi_identitykey";
        private const string AnnEmailKey = "email-71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476";
        private const string AnnPhoneKey = "tel-a8acc3a90a7b4e4dc65e93db9240ed26523050ef754d63b75b5161de76781436";

        [TestMethod]
        public void CreateWithEmail_PutsTheKeyOnTheTarget()
        {
            var target = Contact(Guid.NewGuid(), ("emailaddress1", " Ann@Example.COM"));
            var host = Host("Create", target, NoContactsWithKey());

            new SyncIdentityKeyOnContactChange().Execute(host);

            Assert.AreEqual(AnnEmailKey, target[KeyColumn]);
        }

        [TestMethod]
        public void UpdateOfMobileOnly_ReadsTheRestFromThePreImageAndTheDefaultCountry()
        {
            var id = Guid.NewGuid();
            var target = Contact(id, ("mobilephone", "07700 900123"));
            var answers = new ScriptedOrganizationService(query => query.EntityName == "environmentvariabledefinition"
                ? Rows(new Entity("environmentvariabledefinition") { ["schemaname"] = "cr_WifiDefaultCountry", ["defaultvalue"] = "GB" })
                : Rows());
            var host = Host("Update", target, answers);
            ((FakePluginContext)host.GetService(typeof(IPluginExecutionContext))!).PreEntityImages["PreImage"] =
                Contact(id, ("emailaddress1", null), ("mobilephone", "+1 555 123 4567"), (KeyColumn, "tel-old"));

            new SyncIdentityKeyOnContactChange().Execute(host);

            Assert.AreEqual(AnnPhoneKey, target[KeyColumn]);
        }

        [TestMethod]
        public void CurrentValueOfTheSetting_WinsOverItsDefault()
        {
            var target = Contact(Guid.NewGuid(), ("mobilephone", "(555) 123-4567"));
            var answers = new ScriptedOrganizationService(query => query.EntityName == "environmentvariabledefinition"
                ? Rows(new Entity("environmentvariabledefinition") { ["schemaname"] = "cr_WifiDefaultCountry", ["defaultvalue"] = "GB", ["current.value"] = new AliasedValue("environmentvariablevalue", "value", "US") })
                : Rows());

            new SyncIdentityKeyOnContactChange().Execute(Host("Create", target, answers));

            Assert.AreEqual(PhoneKeyOf("+15551234567"), target[KeyColumn]);
        }

        [TestMethod]
        public void UpdateRegisteredWithoutItsPreImage_FailsLoudly()
        {
            var target = Contact(Guid.NewGuid(), ("emailaddress1", "ann@example.com"));
            var host = Host("Update", target, NoContactsWithKey());

            var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => new SyncIdentityKeyOnContactChange().Execute(host));

            StringAssert.Contains(error.Message, "PreImage");
        }

        [TestMethod]
        public void KeyHeldByAnotherContact_IsNotTakenAndTheTraceNamesThatContact()
        {
            var other = Guid.NewGuid();
            var target = Contact(Guid.NewGuid(), ("emailaddress1", "ann@example.com"));
            var answers = new ScriptedOrganizationService(query => query.EntityName == "contact" ? Rows(new Entity("contact", other)) : Rows());
            var host = Host("Create", target, answers);

            new SyncIdentityKeyOnContactChange().Execute(host);

            Assert.IsFalse(target.Contains(KeyColumn));
            Assert.IsTrue(host.Trace.Lines.Any(line => line.Contains(other.ToString())));
        }

        [TestMethod]
        public void ConflictLookup_RunsAsSystemSoItSeesContactsTheUserCannotRead()
        {
            var target = Contact(Guid.NewGuid(), ("emailaddress1", "ann@example.com"));
            var host = Host("Create", target, NoContactsWithKey());

            new SyncIdentityKeyOnContactChange().Execute(host);

            CollectionAssert.AreEqual(new Guid?[] { null }, host.ServiceUsers.ToArray());
        }

        [TestMethod]
        public void TargetOfAnotherTable_IsLeftAlone()
        {
            var target = new Entity("account", Guid.NewGuid()) { ["emailaddress1"] = "ann@example.com" };
            var host = Host("Create", target, NoContactsWithKey());

            new SyncIdentityKeyOnContactChange().Execute(host);

            Assert.IsFalse(target.Contains(KeyColumn));
        }

        [TestMethod]
        public void Trace_HoldsNoEmailOrPhone()
        {
            var target = Contact(Guid.NewGuid(), ("emailaddress1", "ann@example.com"), ("mobilephone", "+447700900123"));
            var host = Host("Create", target, NoContactsWithKey());

            new SyncIdentityKeyOnContactChange().Execute(host);

            Assert.IsTrue(host.Trace.Lines.Count > 0);
            Assert.IsFalse(host.Trace.Lines.Any(line => line.Contains("ann") || line.Contains("7700") || line.Contains(AnnEmailKey)));
        }

        [TestMethod]
        public void OneInstanceOnManyThreads_GivesEachContactItsOwnKey()
        {
            // Dataverse caches one instance and runs it on many threads at once: per-call state in a field would mix calls up.
            var plugin = new SyncIdentityKeyOnContactChange();
            var targets = Enumerable.Range(0, 400)
                .Select(i => Contact(Guid.NewGuid(), ("emailaddress1", "guest" + i + "@example.com")))
                .ToArray();

            Parallel.ForEach(targets, new ParallelOptions { MaxDegreeOfParallelism = 8 }, target =>
                plugin.Execute(Host("Create", target, NoContactsWithKey())));

            for (var i = 0; i < targets.Length; i++)
            {
                Assert.AreEqual(EmailKeyOf("guest" + i + "@example.com"), targets[i][KeyColumn]);
            }
        }

        private static FakeServiceProvider Host(string message, Entity target, ScriptedOrganizationService service) =>
            new FakeServiceProvider(FakePluginContext.For(message, target), service);

        private static ScriptedOrganizationService NoContactsWithKey() => new ScriptedOrganizationService(_ => Rows());

        private static EntityCollection Rows(params Entity[] rows) => new EntityCollection(rows.ToList());

        private static Entity Contact(Guid id, params (string Column, object? Value)[] values)
        {
            var contact = new Entity("contact", id);
            foreach (var (column, value) in values)
            {
                contact[column] = value;
            }

            return contact;
        }

        private static string EmailKeyOf(string email)
        {
            EmailAddress.TryParse(email, out var parsed);
            return IdentityKey.ForEmail(parsed!).Value;
        }

        private static string PhoneKeyOf(string e164)
        {
            PhoneNumber.TryParse(e164, null, out var parsed);
            return IdentityKey.ForPhone(parsed!).Value;
        }
    }
}
