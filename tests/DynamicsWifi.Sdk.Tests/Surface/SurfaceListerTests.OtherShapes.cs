using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>Shapes the reference has no line for (Surface/Fixtures/Shapes.cs), expected as the reference README specifies.</summary>
    public sealed partial class SurfaceListerTests
    {
        [TestMethod]
        public void NestedType_IsOuterDotInner() =>
            AssertShapeLine("T:Shapes.Outer.Inner\tpublic class; base System.Object");

        [TestMethod]
        public void ProtectedNestedType_IsProtected() =>
            AssertShapeLine("T:Shapes.Outer.ProtectedInner\tprotected class; base System.Object");

        [TestMethod]
        public void PrivateNestedType_IsNotListed()
        {
            var keys = Fixtures.Value.Details.Keys.Where(key => key.Contains("PrivateInner", System.StringComparison.Ordinal));

            Assert.AreEqual(0, keys.Count());
        }

        [TestMethod]
        public void TypeNestedInGeneric_ListsOuterParameters() =>
            AssertShapeLine("T:Shapes.Outer.Generic`1.Nested\tpublic class; base System.Object; generic T");

        [TestMethod]
        public void InstanceOfTypeNestedInGeneric_PutsArgumentsOnOuter() =>
            AssertShapeLine("P:Shapes.Outer.Instance\tpublic static property; type Shapes.Outer.Generic{System.Int32}.Nested; get public");

        [TestMethod]
        public void SealedOverride_IsPublicSealedOverride() =>
            AssertShapeLine("M:Shapes.SealedMembers.ToString\tpublic sealed override method; returns System.String; args ()");

        [TestMethod]
        public void ObsoleteWithArguments_ListsPositionalArguments() =>
            AssertShapeLine("M:Shapes.Members.Old\tpublic method; returns System.Void; args (); [Obsolete(\"Use Swap.\", true)]");

        [TestMethod]
        public void ObsoleteWithoutArguments_IsBracketedName() =>
            AssertShapeLine("T:Shapes.Retired\tpublic class; base System.Object; [Obsolete]");

        [TestMethod]
        public void RefInOutParameters_AreAtSignInKeyAndKeywordInArgs() =>
            AssertShapeLine("M:Shapes.Members.Swap(System.Int32@,System.Int32@,System.String@)\tpublic method; returns System.Void; args (ref System.Int32 first, in System.Int32 second, out System.String third)");

        [TestMethod]
        public void DefaultValues_AreCLiterals() =>
            AssertShapeLine("M:Shapes.Members.Defaults(System.Int32,System.Boolean,System.String,System.Double,System.Char,System.DayOfWeek,System.Decimal)\tpublic method; returns System.Void; "
                + "args (System.Int32 count = 5, System.Boolean flag = true, System.String text = \"a\\\"b\\n\", System.Double ratio = 0.5, System.Char mark = 'x', System.DayOfWeek day = 1, System.Decimal amount = 1.5)");

        [TestMethod]
        public void StructAndClassNewConstraints_FollowEachParameter() =>
            AssertShapeLine("M:Shapes.Members.Make``2\tpublic method; returns ``0; args (); generic T : struct, TOther : class, System.IDisposable, new()");

        [TestMethod]
        public void ProtectedInternalPropertyWithPrivateSetter_ListsGetterOnly() =>
            AssertShapeLine("P:Shapes.Members.Level\tprotected internal virtual property; type System.Int32; get protected internal");

        [TestMethod]
        public void InternalProperty_IsNotListed() =>
            Assert.IsFalse(Fixtures.Value.Details.ContainsKey("P:Shapes.Members.Hidden"));

        [TestMethod]
        public void ClassEvent_IsPublicEvent() =>
            AssertShapeLine("E:Shapes.Members.Changed\tpublic event; type System.EventHandler");

        [TestMethod]
        public void ExplicitInterfaceImplementation_LeavesOnlyImplements() =>
            AssertShapeLine("T:Shapes.Members\tpublic class; base System.Object; implements System.Collections.IEnumerable");

        [TestMethod]
        public void Delegate_IsPublicDelegateWithoutBase() =>
            AssertShapeLine("T:Shapes.Filter\tpublic delegate");

        [TestMethod]
        public void DelegateInvoke_IsListedAsMetadataHasIt() =>
            AssertShapeLine("M:Shapes.Filter.Invoke(System.String)\tpublic virtual method; returns System.Boolean; args (System.String value)");
    }
}
