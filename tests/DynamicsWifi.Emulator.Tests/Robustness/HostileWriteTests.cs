using System;
using System.Linq;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Tests.Pipeline.Plugins;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using static DynamicsWifi.Emulator.Tests.Pipeline.PipelineEmulators;

namespace DynamicsWifi.Emulator.Tests.Robustness
{
    /// <summary>Writes a hostile caller could send: refused with Dataverse's fault before anything is stored or any step
    /// runs, so nothing stored can break a later read.</summary>
    [TestClass]
    public sealed class HostileWriteTests
    {
        private const uint InvalidArgument = 0x80040203;
        private const uint ObjectDoesNotExist = 0x80040217;
        private const uint RecordNotFoundByEntityKey = 0x80060891;

        // Held here, not in DataRow: test metadata cannot carry an unpaired surrogate.
        private static readonly string[] Unstorable = { "nul\0inside", "lone \uD800 surrogate", "trailing high \uD83D", "lone low \uDC00", "bell \u0007" };

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        [DataRow(2)]
        [DataRow(3)]
        [DataRow(4)]
        public void TextThatCannotBeStored_IsRefusedAndPagingStillWorks(int which)
        {
            var name = Unstorable[which];
            var service = Emulators.Library().CreateOrganizationService(null);
            service.Create(new Entity("cr_library") { ["cr_name"] = "before" });

            var fault = ServiceFaults.Of(() => service.Create(new Entity("cr_library") { ["cr_name"] = name }));

            Assert.AreEqual(ServiceFaults.Code(InvalidArgument), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "cr_name");
            var query = new QueryExpression("cr_library") { ColumnSet = new ColumnSet("cr_name"), PageInfo = new PagingInfo { Count = 1, PageNumber = 1 } };
            query.AddOrder("cr_name", OrderType.Ascending);
            Assert.IsNotNull(service.RetrieveMultiple(query).PagingCookie);
        }

        [TestMethod]
        public void TextWithAPairedSurrogateAndLineBreaks_IsStored()
        {
            var service = Emulators.Library().CreateOrganizationService(null);

            var id = service.Create(new Entity("cr_library") { ["cr_name"] = "wifi \uD83D\uDCF6\r\n\tok" });

            Assert.AreEqual("wifi \uD83D\uDCF6\r\n\tok", service.Retrieve("cr_library", id, new ColumnSet("cr_name"))["cr_name"]);
        }

        [TestMethod]
        public void UpdateOfAMissingRow_FaultsAsMissingBeforeAnyStepRuns()
        {
            var emulator = Library(
                Step("Update", "cr_library", PipelineStage.PreValidation, typeof(FailingPlugin), configuration: "abort", images: PreImage("cr_name")),
                Step("Update", "cr_library", PipelineStage.PreOperation, typeof(FailingPlugin), configuration: "abort"));
            var service = emulator.CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Update(new Entity("cr_library", Guid.NewGuid()) { ["cr_name"] = "Central" }));

            Assert.AreEqual(ServiceFaults.Code(ObjectDoesNotExist), fault.ErrorCode);
            Assert.AreEqual(0, emulator.PluginTraces.Records.Count);
        }

        [TestMethod]
        public void UpdateOfAMissingRowByKey_FaultsAsMissingBeforeAnyStepRuns()
        {
            var emulator = Library(Step("Update", "cr_library", PipelineStage.PostOperation, typeof(FailingPlugin), configuration: "abort"));
            var service = emulator.CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Update(new Entity("cr_library", "cr_code", "NONE") { ["cr_name"] = "Central" }));

            Assert.AreEqual(ServiceFaults.Code(RecordNotFoundByEntityKey), fault.ErrorCode);
            Assert.AreEqual(0, emulator.PluginTraces.Records.Count);
        }

        [TestMethod]
        public void DeleteOfAMissingRow_FaultsAsMissingBeforeAnyStepRuns()
        {
            var emulator = Library(Step("Delete", "cr_library", PipelineStage.PreValidation, typeof(FailingPlugin), configuration: "abort"));
            var service = emulator.CreateOrganizationService(null);

            var fault = ServiceFaults.Of(() => service.Delete("cr_library", Guid.NewGuid()));

            Assert.AreEqual(ServiceFaults.Code(ObjectDoesNotExist), fault.ErrorCode);
            Assert.AreEqual(0, emulator.PluginTraces.Records.Count);
        }

        [TestMethod]
        [DataRow(null, "cr_code", "CENTRAL")]
        [DataRow("cr_library", "", "CENTRAL")]
        [DataRow("cr_library", "cr_code", null)]
        [DataRow("cr_library", "cr_name", "Central")]
        [DataRow("", "cr_code", "CENTRAL")]
        public void TargetByMalformedKey_Faults(string? table, string keyName, string? value)
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var target = new EntityReference(table!, keyName, value!);

            foreach (var request in new OrganizationRequest[]
            {
                new RetrieveRequest { Target = target, ColumnSet = new ColumnSet("cr_name") },
                new DeleteRequest { Target = target },
                new UpdateRequest { Target = new Entity(table!) { KeyAttributes = target.KeyAttributes, ["cr_name"] = "x" } },
                new UpsertRequest { Target = new Entity(table!) { KeyAttributes = target.KeyAttributes, ["cr_name"] = "x" } },
            })
            {
                ServiceFaults.Of(() => service.Execute(request));
            }
        }
    }
}
