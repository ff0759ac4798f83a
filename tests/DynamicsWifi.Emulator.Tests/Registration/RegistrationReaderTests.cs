using System.IO;
using System.Linq;
using DynamicsWifi.Emulator.Registration.Export;
using DynamicsWifi.Emulator.Tests.Metadata;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Registration
{
    [TestClass]
    public sealed class RegistrationReaderTests
    {
        [TestMethod]
        public void OwnSolution_RegistersItsTypesStepsAndRole()
        {
            var registrations = RegistrationReader.Read(SolutionSamples.OwnSolution);

            Assert.AreEqual(13, registrations.PluginTypes.Count);
            CollectionAssert.AreEquivalent(
                new[] { "Create", "Update", "cr_RecordWifiAuthentication", "Create", "Update", "Create", "Create", "Update", "Delete", "CreateMultiple", "UpdateMultiple", "Delete" },
                registrations.Steps.Select(step => step.Message).ToArray());
            Assert.AreEqual(1, registrations.Roles.Count);
            Assert.AreEqual(0, registrations.FieldSecurityProfiles.Count);
        }

        [TestMethod]
        public void OwnSolutionZipped_ReadsAsTheFolder()
        {
            var zip = SolutionSamples.ZipOf(SolutionSamples.OwnSolution);
            try
            {
                var fromZip = RegistrationReader.Read(zip);

                var fromFolder = RegistrationReader.Read(SolutionSamples.OwnSolution);
                CollectionAssert.AreEqual(fromFolder.Steps.Select(step => step.Id).ToArray(), fromZip.Steps.Select(step => step.Id).ToArray());
            }
            finally
            {
                File.Delete(zip);
            }
        }

        [TestMethod]
        public void CustomApiSample_RegistersItsTypesAndApisWithoutSteps()
        {
            var registrations = RegistrationSamples.Read(RegistrationSamples.ExportDataUsingFetchXml);

            Assert.AreEqual(2, registrations.PluginTypes.Count);
            Assert.AreEqual(2, registrations.CustomApis.Count);
            Assert.AreEqual(0, registrations.Steps.Count);
        }

        [TestMethod]
        public void ExportWithoutCustomizations_IsRefused()
        {
            var source = RegistrationSamples.Files(("solution.xml", "<ImportExportXml />"));

            Assert.ThrowsExactly<FileNotFoundException>(() => RegistrationReader.Read(source));
        }
    }
}
