using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Service
{
    /// <summary>Our own Solution/, as the repository holds it, loaded into the emulator.</summary>
    [TestClass]
    public sealed class DynamicsWifiSolutionTests
    {
        private const string Key = "email-71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476";

        [TestMethod]
        public void SecondContactWithTheSameIdentityKey_IsRefusedWithTheKeysFault()
        {
            var service = Emulators.DynamicsWifi().CreateOrganizationService(null);
            service.Create(new Entity("contact") { ["lastname"] = "Smith", ["cr_wifi_identitykey"] = Key });

            var fault = ServiceFaults.Of(() => service.Create(new Entity("contact") { ["lastname"] = "Smith", ["cr_wifi_identitykey"] = Key }));

            Assert.AreEqual(ServiceFaults.Code(0x80060892), fault.ErrorCode);
        }

        [TestMethod]
        public void ContactsWithoutAnIdentityKey_DoNotCollide()
        {
            var service = Emulators.DynamicsWifi().CreateOrganizationService(null);

            service.Create(new Entity("contact") { ["lastname"] = "One" });
            service.Create(new Entity("contact") { ["lastname"] = "Two" });

            Assert.AreEqual(2, service.RetrieveMultiple(new QueryExpression("contact")).Entities.Count);
        }

        [TestMethod]
        public void ContactAddressedByItsIdentityKey_IsFound()
        {
            var service = Emulators.DynamicsWifi().CreateOrganizationService(null);
            var id = service.Create(new Entity("contact") { ["lastname"] = "Smith", ["cr_wifi_identitykey"] = Key });

            var found = (RetrieveResponse)service.Execute(new RetrieveRequest { Target = new EntityReference("contact", "cr_wifi_identitykey", Key), ColumnSet = new ColumnSet("lastname") });

            Assert.AreEqual(id, found.Entity.Id);
        }

        [TestMethod]
        public void EnvironmentVariable_HasItsDefinitionAndTakesACurrentValue()
        {
            var emulator = Emulators.DynamicsWifi();
            var service = emulator.CreateOrganizationService(null);

            emulator.SetEnvironmentVariable("cr_WifiDefaultCountry", "US");

            var definitions = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet("defaultvalue") };
            definitions.Criteria.AddCondition("schemaname", ConditionOperator.Equal, "cr_WifiDefaultCountry");
            var value = definitions.AddLink("environmentvariablevalue", "environmentvariabledefinitionid", "environmentvariabledefinitionid", JoinOperator.LeftOuter);
            value.EntityAlias = "current";
            value.Columns = new ColumnSet("value");
            var row = service.RetrieveMultiple(definitions).Entities[0];
            Assert.AreEqual("GB", row["defaultvalue"]);
            Assert.AreEqual("US", ((AliasedValue)row["current.value"]).Value);
        }
    }
}
