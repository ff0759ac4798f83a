using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>The comparison's report names every offending key with both sides, so a failure can be fixed in one pass.</summary>
    [TestClass]
    public sealed class SurfaceDiffTests
    {
        private static readonly SurfaceReference Microsofts = SurfaceReference.Parse(new[]
        {
            "# assembly Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35; file version 9.2.47.11043",
            "M:N.C.Run(System.Int32)\tpublic method; returns System.Void; args (System.Int32 count)",
            "M:N.C.Stop\tpublic virtual method; returns System.Void; args ()",
            "T:N.C\tpublic class; base System.Object",
            "T:N.D\tpublic class; base System.Object",
        });

        [TestMethod]
        public void DifferentDetails_AreReportedWithBothSides()
        {
            var ours = SurfaceReference.Parse(new[] { "M:N.C.Stop\tpublic method; returns System.Void; args ()" });

            var report = SurfaceDiff.Compare(ours, Microsofts, key => false).Report("ours");

            StringAssert.Contains(report, "M:N.C.Stop\n    ours:        public method; returns System.Void; args ()\n    Microsoft's: public virtual method; returns System.Void; args ()");
        }

        [TestMethod]
        public void KeyMicrosoftLacks_IsReportedWithMicrosoftsOverloads()
        {
            var ours = SurfaceReference.Parse(new[] { "M:N.C.Run(System.Int64)\tpublic method; returns System.Void; args (System.Int64 count)" });

            var report = SurfaceDiff.Compare(ours, Microsofts, key => false).Report("ours");

            StringAssert.Contains(report, "not in Microsoft's surface\n    Microsoft has: M:N.C.Run(System.Int32)\tpublic method; returns System.Void; args (System.Int32 count)");
        }

        [TestMethod]
        public void EveryOffence_IsCounted()
        {
            var ours = SurfaceReference.Parse(new[] { "M:N.C.Stop\tpublic method; returns System.Void; args ()", "T:N.E\tpublic class; base System.Object" });

            var diff = SurfaceDiff.Compare(ours, Microsofts, key => false);

            Assert.AreEqual(2, diff.OffenceCount);
        }

        [TestMethod]
        public void ExcusedKey_IsNotReported()
        {
            var ours = SurfaceReference.Parse(new[] { "T:N.E\tpublic class; base System.Object" });

            var diff = SurfaceDiff.Compare(ours, Microsofts, key => key == "T:N.E");

            Assert.AreEqual(0, diff.OffenceCount);
        }

        [TestMethod]
        public void Coverage_CountsMicrosoftsKeysWeHaveAndListsWhatOurTypesLack()
        {
            var ours = SurfaceReference.Parse(new[] { "T:N.C\tpublic class; base System.Object", "M:N.C.Stop\tpublic virtual method; returns System.Void; args ()" });

            var coverage = SurfaceDiff.Compare(ours, Microsofts, key => false).Coverage("ours");

            StringAssert.StartsWith(coverage, "ours: implements 2 of Microsoft's 4 types and members (50.0%); types: 1.");
            StringAssert.Contains(coverage, "N.C lacks 1 of Microsoft's members (fine if unused):" + Environment.NewLine + "    M:N.C.Run(System.Int32)");
        }
    }
}
