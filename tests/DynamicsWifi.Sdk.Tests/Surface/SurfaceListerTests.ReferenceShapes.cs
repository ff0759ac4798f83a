using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>Fixtures copying a reference line's signature (Surface/Fixtures/*Shapes.cs): our line must be Microsoft's line.</summary>
    public sealed partial class SurfaceListerTests
    {
        [TestMethod]
        public void EnumWithContract_ShowsUnderlyingThenDataContract() => AssertFixtureLine("T:Microsoft.Xrm.Sdk.ChangeType");

        [TestMethod]
        public void EnumMember_IsConstFieldOfEnumTypeWithValue() => AssertFixtureLine("F:Microsoft.Xrm.Sdk.ChangeType.NewOrUpdated");

        [TestMethod]
        public void FlagsEnum_ListsAttributesSortedByName() => AssertFixtureLine("T:Microsoft.Xrm.Sdk.Metadata.EntityFilters");

        [TestMethod]
        public void EnumMemberWithValue_ShowsQuotedValue() => AssertFixtureLine("F:Microsoft.Xrm.Sdk.Metadata.EntityFilters.Attributes");

        [TestMethod]
        public void EnumMemberWithoutAttribute_EndsAtValue() => AssertFixtureLine("F:Microsoft.Xrm.Sdk.Metadata.EntityFilters.Default");

        [TestMethod]
        public void ConstString_ShowsQuotedValue() => AssertFixtureLine("F:Microsoft.Xrm.Sdk.KnownTypesResolver.XrmContracts2011");

        [TestMethod]
        public void ConstDouble_ShowsPlainDigits() => AssertFixtureLine("F:Microsoft.Xrm.Sdk.Metadata.DoubleAttributeMetadata.MaxSupportedValue");

        [TestMethod]
        public void ConstInt64_ShowsNegativeValue() => AssertFixtureLine("F:Microsoft.Xrm.Sdk.Metadata.BigIntAttributeMetadata.MinSupportedValue");

        [TestMethod]
        public void StaticClass_IsStaticWithObjectBase() => AssertFixtureLine("T:Microsoft.Xrm.Sdk.ClaimTypes");

        [TestMethod]
        public void StaticReadonlyField_IsStaticReadonlyWithoutValue() => AssertFixtureLine("F:Microsoft.Xrm.Sdk.ClaimTypes.Organization");

        [TestMethod]
        public void StaticProperty_IsPublicStaticProperty() => AssertFixtureLine("P:Microsoft.Xrm.Sdk.Metadata.DateTimeAttributeMetadata.MaxSupportedValue");

        [TestMethod]
        public void ImplicitOperator_KeyEndsWithTildeAndReturnType() => AssertFixtureLine("M:Microsoft.Xrm.Sdk.Metadata.StringFormatName.op_Implicit(System.String)~Microsoft.Xrm.Sdk.Metadata.StringFormatName");

        [TestMethod]
        public void GenericMethodOutParameter_UsesDoubleBacktick() => AssertFixtureLine("M:Microsoft.Xrm.Sdk.Entity.TryGetAttributeValue``1(System.String,``0@)");

        [TestMethod]
        public void GenericMethodTypeConstraint_FollowsColon() => AssertFixtureLine("M:Microsoft.Xrm.Sdk.Entity.ToEntity``1");

        [TestMethod]
        public void ProtectedStaticGenericMethod_ListsTypeThenNewConstraint() => AssertFixtureLine("M:Microsoft.Xrm.Sdk.Metadata.ConstantsBase`1.Add``1(`0)");

        [TestMethod]
        public void GenericAbstractContract_ShowsImplementsGenericThenAttribute() => AssertFixtureLine("T:Microsoft.Xrm.Sdk.Metadata.ConstantsBase`1");

        [TestMethod]
        public void ClassConstraintOnType_IsWrittenClass() => AssertFixtureLine("T:Microsoft.Xrm.Sdk.Client.ServiceChannel`1");

        [TestMethod]
        public void NullDefault_IsWrittenEqualsNull() => AssertFixtureLine("M:Microsoft.Xrm.Sdk.PluginTelemetry.EventId.#ctor(System.Int32,System.String)");

        [TestMethod]
        public void ExtensionMethod_FirstArgumentStartsWithThis() => AssertFixtureLine("M:Microsoft.Xrm.Sdk.Extensions.ServiceProviderExtensions.Get``1(System.IServiceProvider)");

        [TestMethod]
        public void InterfaceInheritance_IsListedAsImplements() => AssertFixtureLine("T:Microsoft.Xrm.Sdk.IPluginExecutionContext");

        [TestMethod]
        public void InterfaceEvent_ShowsHandlerType() => AssertFixtureLine("E:Microsoft.Xrm.Sdk.Client.IEndpointSwitch.EndpointSwitched");

        [TestMethod]
        public void DataMemberNamedArguments_AreSortedByName() => AssertFixtureLine("P:Microsoft.Xrm.Sdk.DataProcessingModuleExecuteRequest.CallbackUri");

        [TestMethod]
        public void CollectionDataContract_FollowsGenericInstanceBase() => AssertFixtureLine("T:Microsoft.Xrm.Sdk.EntityReferenceCollection");

        [TestMethod]
        public void SealedClassDerivedFromEventArgs_ShowsItsBase() => AssertFixtureLine("T:Microsoft.Xrm.Sdk.Client.EndpointSwitchEventArgs");

        [TestMethod]
        public void Finalizer_IsProtectedOverrideFinalize() => AssertFixtureLine("M:Microsoft.Xrm.Sdk.Client.OrganizationServiceContext.Finalize");

        [TestMethod]
        public void ProtectedVirtualProperty_ListsProtectedGetter() => AssertFixtureLine("P:Microsoft.Xrm.Sdk.Client.OrganizationServiceContext.QueryProvider");

        [TestMethod]
        public void ProtectedSetter_IsListedAfterPublicGetter() => AssertFixtureLine("P:Microsoft.Xrm.Sdk.Client.ServiceProxy`1.HomeRealmSecurityTokenResponse");

        [TestMethod]
        public void NonVirtualInterfaceImplementation_CarriesNoModifier() => AssertFixtureLine("M:Microsoft.Xrm.Sdk.Client.ServiceProxy`1.Dispose");

        [TestMethod]
        public void AbstractProperty_IsPublicAbstractProperty() => AssertFixtureLine("P:Microsoft.Xrm.Sdk.Client.IdentityProviderTrustConfiguration.Endpoint");

        [TestMethod]
        public void SerializableStruct_HasNoBase() => AssertWorkflowFixtureLine("T:Microsoft.Xrm.Sdk.Workflow.XrmTimeSpan");

        [TestMethod]
        public void StaticReadonlyFieldOfStruct_IsTypedByItsStruct() => AssertWorkflowFixtureLine("F:Microsoft.Xrm.Sdk.Workflow.XrmTimeSpan.Zero");

        [TestMethod]
        public void OverrideOnStruct_IsPublicOverrideMethod() => AssertWorkflowFixtureLine("M:Microsoft.Xrm.Sdk.Workflow.XrmTimeSpan.Equals(System.Object)");
    }
}
