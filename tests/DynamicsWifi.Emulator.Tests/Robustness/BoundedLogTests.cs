using System.Linq;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Tests.Pipeline.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using static DynamicsWifi.Emulator.Tests.Pipeline.PipelineEmulators;

namespace DynamicsWifi.Emulator.Tests.Robustness
{
    /// <summary>The request log and the plug-in trace log keep their last records only, so a long-running host's memory
    /// does not grow with them; the bound is configurable and the logs stay readable and clearable.</summary>
    [TestClass]
    public sealed class BoundedLogTests
    {
        [TestMethod]
        public void Logs_AreBoundedByDefault()
        {
            var emulator = Library();

            Assert.AreEqual(10_000, emulator.Requests.Capacity);
            Assert.AreEqual(10_000, emulator.PluginTraces.Capacity);
        }

        [TestMethod]
        public void RequestLog_KeepsTheNewestRecordsAndCountsEveryCall()
        {
            var emulator = Library();
            emulator.Requests.Capacity = 3;
            var service = emulator.CreateOrganizationService(null);

            for (var index = 0; index < 10; index++)
            {
                service.Create(new Entity("cr_library") { ["cr_name"] = "Library " + index });
            }

            Assert.AreEqual(3, emulator.Requests.Records.Count);
            Assert.AreEqual(10, emulator.Requests.TotalCalls);
            emulator.Requests.Clear();
            Assert.AreEqual(0, emulator.Requests.Records.Count);
            Assert.AreEqual(0, emulator.Requests.TotalCalls);
        }

        [TestMethod]
        public void Ring_KeepsTheNewestInOrderAcrossAResize()
        {
            var ring = new RecordRing<string>(3);

            foreach (var number in Enumerable.Range(1, 10))
            {
                ring.Add(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            CollectionAssert.AreEqual(new[] { "8", "9", "10" }, ring.Snapshot().ToArray());
            ring.Capacity = 2;
            CollectionAssert.AreEqual(new[] { "9", "10" }, ring.Snapshot().ToArray());
            ring.Add("11");
            CollectionAssert.AreEqual(new[] { "10", "11" }, ring.Snapshot().ToArray());
        }

        [TestMethod]
        public void PluginTraceLog_KeepsTheNewestExecutions()
        {
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PostOperation, typeof(TracingPlugin)));
            emulator.PluginTraces.Capacity = 2;
            var service = emulator.CreateOrganizationService(null);

            for (var index = 0; index < 5; index++)
            {
                service.Create(new Entity("cr_library") { ["cr_name"] = "Library " + index });
            }

            Assert.AreEqual(2, emulator.PluginTraces.Records.Count);
            emulator.PluginTraces.Capacity = 1;
            Assert.AreEqual(1, emulator.PluginTraces.Records.Count);
            emulator.PluginTraces.Clear();
            Assert.AreEqual(0, emulator.PluginTraces.Records.Count);
        }
    }
}
