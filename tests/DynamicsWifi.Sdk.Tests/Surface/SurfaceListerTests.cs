using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>Pins the listing format on real lines: sdk/ as built today (this file), and fixtures for shapes sdk/ does not have yet.</summary>
    /// <remarks>
    /// Fixtures under <c>Fixtures.Microsoft...</c> copy the signature of one line of Microsoft's reference each: with the fixture
    /// prefix removed, our line must equal Microsoft's character for character. Microsoft's lines are the copies kept in
    /// <c>Surface/MicrosoftLines/</c>, which MicrosoftLinesTests checks against the whole listing when it is present. <c>Fixtures.Shapes</c> covers what the reference
    /// has no line for, expected as shared/reference/sdk-surface/README.md specifies.
    /// </remarks>
    [TestClass]
    public sealed partial class SurfaceListerTests
    {
        private const string FixturePrefix = "DynamicsWifi.Sdk.Tests.Surface.Fixtures.";

        private static readonly Lazy<string[]> SdkLines = new Lazy<string[]>(() => SurfaceLister.List(SdkBuild.Assembly("Microsoft.Xrm.Sdk", "net462")).ToArray());

        private static readonly Lazy<SurfaceReference> Sdk = new Lazy<SurfaceReference>(() => SurfaceReference.Parse(SdkLines.Value));

        private static readonly Lazy<SurfaceReference> Fixtures = new Lazy<SurfaceReference>(() => SurfaceReference.Parse(
            SurfaceLister.List(typeof(SurfaceListerTests).Assembly.Location).Select(line => line.Replace(FixturePrefix, string.Empty, StringComparison.Ordinal))));

        private static readonly Lazy<SurfaceReference> XrmReference = new Lazy<SurfaceReference>(() => SurfaceReference.Load(SdkBuild.RecordedLines("Microsoft.Xrm.Sdk")));

        private static readonly Lazy<SurfaceReference> WorkflowReference = new Lazy<SurfaceReference>(() => SurfaceReference.Load(SdkBuild.RecordedLines("Microsoft.Xrm.Sdk.Workflow")));

        [TestMethod]
        public void SdkListing_StartsWithMicrosoftsIdentityHeader()
        {
            var header = SdkLines.Value[0];

            Assert.AreEqual(BeforeFileVersion(XrmReference.Value.Header), BeforeFileVersion(header));
        }

        [TestMethod]
        public void SdkListing_IsSortedOrdinallyByWholeLine()
        {
            var lines = SdkLines.Value.Skip(1).ToArray();

            CollectionAssert.AreEqual(lines.OrderBy(line => line, StringComparer.Ordinal).ToArray(), lines);
        }

        [TestMethod]
        public void Interface_IsPublicInterfaceWithoutBase() => AssertSdkLine("T:Microsoft.Xrm.Sdk.IPlugin");

        [TestMethod]
        public void InterfaceMethod_CarriesNoModifier() => AssertSdkLine("M:Microsoft.Xrm.Sdk.IPlugin.Execute(System.IServiceProvider)");

        [TestMethod]
        public void ParamsArray_IsWrittenWithParams() => AssertSdkLine("M:Microsoft.Xrm.Sdk.ITracingService.Trace(System.String,System.Object[])");

        [TestMethod]
        public void SerializableGenericClass_ShowsSerializableBaseAndGeneric() => AssertSdkLine("T:Microsoft.Xrm.Sdk.DataCollection`1");

        [TestMethod]
        public void ArrayOfTypeParameter_IsBacktickIndexWithBrackets() => AssertSdkLine("M:Microsoft.Xrm.Sdk.DataCollection`1.AddRange(`0[])");

        [TestMethod]
        public void MethodWithoutParameters_HasNoParenthesesInKeyButEmptyArgs() => AssertSdkLine("M:Microsoft.Xrm.Sdk.DataCollection`1.ToArray");

        [TestMethod]
        public void ImplementedInterfaces_AreSortedOrdinally() => AssertSdkLine("T:Microsoft.Xrm.Sdk.DataCollection`2");

        [TestMethod]
        public void ProtectedInternalConstructor_IsProtectedInternalCtor() => AssertSdkLine("M:Microsoft.Xrm.Sdk.DataCollection`2.#ctor(System.Collections.Generic.IDictionary{`0,`1})");

        [TestMethod]
        public void NestedGenericInstances_UseBraces() => AssertSdkLine("M:Microsoft.Xrm.Sdk.DataCollection`2.AddRange(System.Collections.Generic.IEnumerable{System.Collections.Generic.KeyValuePair{`0,`1}})");

        [TestMethod]
        public void OutParameter_IsAtSignInKeyAndOutInArgs() => AssertSdkLine("M:Microsoft.Xrm.Sdk.DataCollection`2.TryGetValue(`0,`1@)");

        [TestMethod]
        public void VirtualIndexer_ListsAccessorsThenArgs() => AssertSdkLine("P:Microsoft.Xrm.Sdk.DataCollection`2.Item(`0)");

        [TestMethod]
        public void GetOnlyProperty_ListsGetOnly() => AssertSdkLine("P:Microsoft.Xrm.Sdk.DataCollection`2.Count");

        [TestMethod]
        public void DataContract_ShowsNamedArgumentsQuoted() => AssertSdkLine("T:Microsoft.Xrm.Sdk.Query.ColumnSet");

        [TestMethod]
        public void DataMemberWithoutArguments_IsBracketedName() => AssertSdkLine("P:Microsoft.Xrm.Sdk.Query.ColumnSet.Columns");

        [TestMethod]
        public void PropertyWithoutShownAttributes_EndsAtAccessors() => AssertSdkLine("P:Microsoft.Xrm.Sdk.Query.ColumnSet.ExtensionData");

        [TestMethod]
        public void AbstractClass_IsAbstractWithObjectBase() => AssertSdkLine("T:Microsoft.Xrm.Sdk.Query.QueryBase");

        [TestMethod]
        public void ProtectedConstructor_IsProtectedCtor() => AssertSdkLine("M:Microsoft.Xrm.Sdk.Query.QueryBase.#ctor");

        [TestMethod]
        public void AccessorMethods_AreNotListed()
        {
            var accessors = Sdk.Value.Details.Keys.Where(key => key.Contains(".get_", StringComparison.Ordinal) || key.Contains(".set_", StringComparison.Ordinal));

            Assert.AreEqual(string.Empty, string.Join(", ", accessors));
        }

        [TestMethod]
        public void ExplicitInterfaceImplementation_IsNotListed()
        {
            var getEnumerators = Sdk.Value.Details.Keys.Where(key => key.StartsWith("M:Microsoft.Xrm.Sdk.DataCollection`2.", StringComparison.Ordinal) && key.Contains("GetEnumerator", StringComparison.Ordinal));

            CollectionAssert.AreEqual(new[] { "M:Microsoft.Xrm.Sdk.DataCollection`2.GetEnumerator" }, getEnumerators.ToArray());
        }

        [TestMethod]
        public void InternalConstructors_AreNotListed()
        {
            var constructors = Sdk.Value.Details.Keys.Where(key => key.StartsWith("M:Microsoft.Xrm.Sdk.DataCollection`1.#ctor", StringComparison.Ordinal));

            Assert.AreEqual(0, constructors.Count());
        }

        private static void AssertSdkLine(string key) => Assert.AreEqual(Line(XrmReference.Value, key), Line(Sdk.Value, key));

        private static string BeforeFileVersion(string header) => header.Substring(0, header.IndexOf("; file version", StringComparison.Ordinal));

        private static string Line(SurfaceReference listing, string key) =>
            listing.Details.TryGetValue(key, out var details) ? key + "\t" + details : "(no line for " + key + ")";

        private static void AssertFixtureLine(string key) => Assert.AreEqual(Line(XrmReference.Value, key), Line(Fixtures.Value, key));

        private static void AssertWorkflowFixtureLine(string key) => Assert.AreEqual(Line(WorkflowReference.Value, key), Line(Fixtures.Value, key));

        private static void AssertShapeLine(string expected)
        {
            var key = expected.Substring(0, expected.IndexOf('\t'));
            Assert.AreEqual(expected, Line(Fixtures.Value, key));
        }
    }
}
