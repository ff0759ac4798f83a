using DynamicsWifi.Emulator.Tests.Metadata;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Registration
{
    /// <summary>The front door loads any valid solution: Microsoft's real exports (reference material beside the
    /// repository; skipped where it is absent) load into an emulator, whatever they register.</summary>
    [TestClass]
    public sealed class RealExportLoadTests
    {
        [TestMethod]
        [DataRow("drivardxrm__Dataverse-CustomApis/Archive-DataverseCustomApis_1_0_2_202012162")]
        [DataRow("microsoft__PowerApps-Samples/ColumnLevelSecuritySampleSolution")]
        [DataRow("microsoft__PowerApps-Samples/Contoso_sample_1_0_0_1_managed")]
        [DataRow("microsoft__PowerApps-Samples/ExportDataUsingFetchXmlToAnnotation_1_0_0_0_managed")]
        [DataRow("microsoft__PowerApps-Samples/IsSystemAdminFunction_1_0_0_0_managed")]
        public void RealExport_LoadsIntoAnEmulator(string sample)
        {
            var folder = SolutionSamples.Folder(sample);

            var emulator = DataverseEmulator.FromSolution(folder, typeof(RealExportLoadTests).Assembly);

            var administrator = emulator.CreateOrganizationService(null).Retrieve("systemuser", emulator.SystemAdministratorId, new ColumnSet("fullname"));
            Assert.AreEqual(emulator.SystemAdministratorId, administrator.Id);
        }
    }
}
