using System;
using System.Collections.Generic;
using System.IO;
using DynamicsWifi.Tests;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>Every public or protected signature of our sdk/ builds is Microsoft's, so a plug-in compiled against ours binds to the real SDK.</summary>
    /// <remarks>
    /// Ours are compared with Microsoft's lines kept in the repository (<c>Surface/MicrosoftLines/</c>), so this runs on a plain clone;
    /// MicrosoftLinesTests checks those lines against Microsoft's whole listing when the reference material is present.
    /// Run <c>dotnet test tests/DynamicsWifi.Sdk.Tests --filter FullyQualifiedName~Surface</c>: a failure lists every offending line, ours and
    /// Microsoft's. Add <c>--logger "console;verbosity=detailed"</c> to see the coverage and the members our types still lack (with the reference).
    /// </remarks>
    [TestClass]
    public sealed class SdkSurfaceTests
    {
        /// <summary>Types .NET 10 lacks, which the net10.0 build defines itself (the .NET Framework supplies them to Microsoft's SDK), with the reason.</summary>
        private static readonly IReadOnlyDictionary<string, string> Net10OnlyTypes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["System.ServiceModel.FaultException`1"] =
                "WCF's FaultException<TDetail> is in System.ServiceModel on .NET Framework but not in .NET 10; plug-ins catch FaultException<OrganizationServiceFault>.",
        };

        /// <summary>Deliberate differences from Microsoft's surface, by key, with the reason; each must matter nothing for binding. None today.</summary>
        private static readonly IReadOnlyDictionary<string, string> DeliberateDifferences = new Dictionary<string, string>(StringComparer.Ordinal);

        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void XrmSdkNet462_ExposesOnlyMicrosoftsSignatures()
        {
            var diff = Compare("Microsoft.Xrm.Sdk", "net462", key => false);

            Assert.AreEqual(0, diff.OffenceCount, diff.Report("our Microsoft.Xrm.Sdk (net462)"));
        }

        [TestMethod]
        public void XrmSdkNet10_ExposesOnlyMicrosoftsSignaturesAndNet10OnlyTypes()
        {
            var diff = Compare("Microsoft.Xrm.Sdk", "net10.0", key => Net10OnlyTypes.ContainsKey(SurfaceReference.OwnerOf(key)));

            Assert.AreEqual(0, diff.OffenceCount, diff.Report("our Microsoft.Xrm.Sdk (net10.0)"));
        }

        [TestMethod]
        [DataRow("net462")]
        [DataRow("net10.0")]
        public void XrmSdkWorkflow_ExposesOnlyMicrosoftsSignatures(string targetFramework)
        {
            var diff = Compare("Microsoft.Xrm.Sdk.Workflow", targetFramework, key => false);

            Assert.AreEqual(0, diff.OffenceCount, diff.Report($"our Microsoft.Xrm.Sdk.Workflow ({targetFramework})"));
        }

        private SurfaceDiff Compare(string assemblyName, string targetFramework, Func<string, bool> excused)
        {
            var assembly = SdkBuild.Assembly(assemblyName, targetFramework);
            Assert.IsTrue(File.Exists(assembly), $"{assembly} is missing: build it with `dotnet build tests/DynamicsWifi.Sdk.Tests`.");
            var recorded = SurfaceReference.Load(SdkBuild.RecordedLines(assemblyName));
            var ours = SurfaceReference.Parse(SurfaceLister.List(assembly));

            var diff = SurfaceDiff.Compare(ours, recorded, key => DeliberateDifferences.ContainsKey(key) || excused(key));

            var wholeListing = ReferenceMaterial.Find(Path.Combine("sdk-surface", assemblyName + ".txt"));
            if (wholeListing is not null)
            {
                var coverage = SurfaceDiff.Compare(ours, SurfaceReference.Load(wholeListing), key => true);
                TestContext.WriteLine(coverage.Coverage($"{assemblyName} ({targetFramework})"));
            }

            return diff;
        }
    }
}
