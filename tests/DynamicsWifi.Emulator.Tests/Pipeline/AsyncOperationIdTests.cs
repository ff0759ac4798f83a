using System;
using System.Linq;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Tests.Pipeline.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static DynamicsWifi.Emulator.Tests.Pipeline.PipelineEmulators;

namespace DynamicsWifi.Emulator.Tests.Pipeline
{
    /// <summary>An asynchronous step's OperationId is the id of its System Job (learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iexecutioncontext.operationid),
    /// so a step can read its own retry count there.</summary>
    [TestClass]
    public sealed class AsyncOperationIdTests
    {
        [TestMethod]
        public void AsynchronousStep_SeesItsSystemJobAsOperationId()
        {
            var emulator = Library(Step("Create", "cr_library", PipelineStage.PostOperation, typeof(OperationIdPlugin), mode: StepMode.Asynchronous));

            emulator.CreateOrganizationService(null).Create(new Entity("cr_library") { ["cr_name"] = "Central" });
            emulator.RunAsyncJobs();

            var job = emulator.CreateOrganizationService(null).RetrieveMultiple(new QueryExpression("asyncoperation") { ColumnSet = new ColumnSet(false) }).Entities.Single();
            CollectionAssert.Contains(emulator.PluginTraces.Records.SelectMany(record => record.Lines).ToList(), "operation=" + job.Id);
        }
    }
}
