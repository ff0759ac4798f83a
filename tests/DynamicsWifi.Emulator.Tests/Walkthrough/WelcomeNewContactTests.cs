using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Walkthrough
{
    [TestClass]
    public sealed class WelcomeNewContactTests
    {
        [TestMethod]
        public void NewContact_IsWelcomedOnceTheAsynchronousStepRuns()
        {
            var solution = Path.Combine(AppContext.BaseDirectory, "Walkthrough", "GreetingsSolution");
            var emulator = DataverseEmulator.FromSolution(solution, typeof(WelcomeNewContact).Assembly);
            var service = emulator.CreateOrganizationService(emulator.SystemAdministratorId);
            var id = service.Create(new Entity("contact") { ["firstname"] = "Ann", ["lastname"] = "Lee" });

            var ran = emulator.RunAsyncJobs();

            Assert.AreEqual(1, ran);
            var contact = service.Retrieve("contact", id, new ColumnSet("description"));
            Assert.AreEqual("Welcome, Ann!", contact.GetAttributeValue<string>("description"));
        }
    }
}
