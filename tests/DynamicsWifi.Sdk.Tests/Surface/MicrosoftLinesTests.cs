using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>The lines kept in <c>Surface/MicrosoftLines/</c> are Microsoft's, character for character: checked against the whole
    /// listing in the reference material, and skipped (saying why) where that is absent.</summary>
    [TestClass]
    public sealed class MicrosoftLinesTests
    {
        [TestMethod]
        [DataRow("Microsoft.Xrm.Sdk")]
        [DataRow("Microsoft.Xrm.Sdk.Workflow")]
        public void RecordedLines_AreMicrosoftsLines(string assemblyName)
        {
            var microsofts = SurfaceReference.Load(SdkBuild.ReferenceListing(assemblyName));
            var recorded = SurfaceReference.Load(SdkBuild.RecordedLines(assemblyName));

            var diff = SurfaceDiff.Compare(recorded, microsofts, key => false);

            Assert.AreEqual(0, diff.OffenceCount, diff.Report($"Surface/MicrosoftLines/{assemblyName}.txt"));
        }

        [TestMethod]
        [DataRow("Microsoft.Xrm.Sdk")]
        [DataRow("Microsoft.Xrm.Sdk.Workflow")]
        public void RecordedHeader_IsMicrosoftsHeader(string assemblyName)
        {
            var microsofts = SurfaceReference.Load(SdkBuild.ReferenceListing(assemblyName));
            var recorded = SurfaceReference.Load(SdkBuild.RecordedLines(assemblyName));

            Assert.AreEqual(microsofts.Header, recorded.Header);
        }
    }
}
