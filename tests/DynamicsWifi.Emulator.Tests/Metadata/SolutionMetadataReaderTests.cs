using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Metadata.Export;
using DynamicsWifi.SolutionFiles;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Metadata
{
    /// <summary>Real Microsoft exports read into the catalog (solution-samples/README.md says what each one shows).</summary>
    [TestClass]
    public sealed class SolutionMetadataReaderTests
    {
        private const string Example = "sample_example";

        private static readonly Lazy<MetadataCatalog> OwnCatalog = new Lazy<MetadataCatalog>(() => SolutionMetadataReader.Read(SolutionSource.Open(SolutionSamples.OwnSolution)));

        private static readonly Lazy<MetadataCatalog> ColumnLevelSecurity = new Lazy<MetadataCatalog>(() => SolutionSamples.Catalog(SolutionSamples.ColumnLevelSecurity));

        [TestMethod]
        public void CustomTable_HasItsIdentityFromTheExport()
        {
            var table = ColumnLevelSecurity.Value.GetTable(Example);

            Assert.AreEqual("sample_exampleid", table.PrimaryIdAttribute);
            Assert.AreEqual("sample_name", table.PrimaryNameAttribute);
            Assert.AreEqual("sample_examples", table.EntitySetName);
            Assert.AreEqual(OwnershipType.UserOwned, table.Ownership);
        }

        [TestMethod]
        public void TextColumn_HasTypeLengthAndSecurity()
        {
            var email = ColumnLevelSecurity.Value.GetColumn(Example, "sample_email");

            Assert.AreEqual(ColumnType.String, email.Type);
            Assert.AreEqual(100, email.MaxLength);
            Assert.IsTrue(email.IsSecured);
            Assert.IsFalse(ColumnLevelSecurity.Value.GetColumn(Example, "sample_name").IsSecured);
        }

        [TestMethod]
        public void SystemColumns_KeepTheExportsCreateAndUpdateValidity()
        {
            var createdOn = ColumnLevelSecurity.Value.GetColumn(Example, "createdon");
            var overridden = ColumnLevelSecurity.Value.GetColumn(Example, "overriddencreatedon");

            Assert.IsFalse(createdOn.IsValidForCreate);
            Assert.IsFalse(createdOn.IsValidForUpdate);
            Assert.IsTrue(overridden.IsValidForCreate);
            Assert.IsFalse(overridden.IsValidForUpdate);
        }

        [TestMethod]
        public void WholeNumber_HasTheExportsRange()
        {
            var column = ColumnLevelSecurity.Value.GetColumn(Example, "timezoneruleversionnumber");

            Assert.AreEqual(ColumnType.Integer, column.Type);
            Assert.AreEqual(-1m, column.MinValue);
            Assert.AreEqual(int.MaxValue, column.MaxValue);
        }

        [TestMethod]
        public void StateAndStatus_HaveTheirOptionsAndStates()
        {
            var state = ColumnLevelSecurity.Value.GetColumn(Example, "statecode");
            var status = ColumnLevelSecurity.Value.GetColumn(Example, "statuscode");

            Assert.AreEqual(RequiredLevel.SystemRequired, state.RequiredLevel);
            Assert.AreEqual("Inactive", state.Options[1]);
            CollectionAssert.AreEquivalent(new[] { 1, 2 }, status.Options.Keys.ToList());
            Assert.AreEqual(1, status.StatusStates[2]);
        }

        [TestMethod]
        public void OwnerRelationship_MakesOwnerIdPointAtUsersAndTeams()
        {
            var owner = ColumnLevelSecurity.Value.GetColumn(Example, "ownerid");

            Assert.AreEqual(RequiredLevel.SystemRequired, owner.RequiredLevel);
            CollectionAssert.AreEquivalent(new[] { "systemuser", "team" }, owner.LookupTargets.ToList());
            Assert.IsFalse(ColumnLevelSecurity.Value.Relationships.Any(relationship => relationship.ReferencedTable == "owner"));
        }

        [TestMethod]
        public void SystemLookups_PointAtTheirStandardTables()
        {
            CollectionAssert.AreEqual(new[] { "businessunit" }, ColumnLevelSecurity.Value.GetColumn(Example, "owningbusinessunit").LookupTargets.ToList());
            CollectionAssert.AreEqual(new[] { "systemuser" }, ColumnLevelSecurity.Value.GetColumn(Example, "createdby").LookupTargets.ToList());
            // No relationship in the export names createdonbehalfby's parent: the standard description does.
            CollectionAssert.AreEqual(new[] { "systemuser" }, ColumnLevelSecurity.Value.GetColumn(Example, "createdonbehalfby").LookupTargets.ToList());
        }

        [TestMethod]
        public void ColumnsExportsLeaveOut_AreAdded()
        {
            Assert.AreEqual(ColumnType.BigInt, ColumnLevelSecurity.Value.GetColumn(Example, "versionnumber").Type);
            Assert.AreEqual(ColumnType.EntityName, ColumnLevelSecurity.Value.GetColumn(Example, "owneridtype").Type);
        }

        [TestMethod]
        public void Relationship_KeepsItsCascadeDelete()
        {
            var relationship = ColumnLevelSecurity.Value.ChildRelationshipsOf("businessunit").Single(child => child.ReferencingTable == Example);

            Assert.AreEqual("business_unit_sample_example", relationship.SchemaName);
            Assert.AreEqual("owningbusinessunit", relationship.ReferencingColumn);
            Assert.AreEqual(CascadeBehavior.Restrict, relationship.CascadeDelete);
        }

        [TestMethod]
        public void StandardTables_AreInEveryCatalog()
        {
            Assert.IsTrue(ColumnLevelSecurity.Value.TryGetTable("contact", out _));
            Assert.IsTrue(ColumnLevelSecurity.Value.TryGetTable("environmentvariablevalue", out _));
        }

        [TestMethod]
        public void ZipAndFolder_GiveTheSameCatalog()
        {
            var zip = SolutionSamples.ZipOf(SolutionSamples.Folder(SolutionSamples.ColumnLevelSecurity));

            var fromZip = SolutionMetadataReader.Read(SolutionSource.Open(zip));

            Assert.AreEqual(CatalogText.Of(ColumnLevelSecurity.Value), CatalogText.Of(fromZip));
            File.Delete(zip);
        }

        [TestMethod]
        public void PolymorphicLookup_PointsAtItsRelationshipsParent()
        {
            var catalog = SolutionSamples.CatalogOfFragments(
                SolutionSamples.PolymorphicLookup,
                "customizations.fragment.Entity-sample_Media.xml",
                "customizations.fragment.EntityRelationship-sample_media_sample_audio.xml");

            var lookup = catalog.GetColumn("sample_media", "sample_mediapolymorphiclookup");

            Assert.AreEqual(ColumnType.Lookup, lookup.Type);
            CollectionAssert.AreEqual(new[] { "sample_audio" }, lookup.LookupTargets.ToList());
            Assert.AreEqual(CascadeBehavior.RemoveLink, catalog.ChildRelationshipsOf("sample_audio").Single().CascadeDelete);
        }

        [TestMethod]
        public void TwoColumnKey_KeepsItsColumnsInOrder()
        {
            var catalog = SolutionSamples.CatalogOfFragments(SolutionSamples.P2CFieldService, "customizations.fragment.Entity-msdynce_externalproductinventory.xml");

            var key = catalog.GetTable("msdynce_externalproductinventory").Keys.Single();

            Assert.AreEqual("msdynce_ProductWarehouse", key.SchemaName);
            Assert.AreEqual("msdynce_productwarehouse", key.LogicalName);
            CollectionAssert.AreEqual(new[] { "msdynce_productnumber", "msdynce_warehouseid" }, key.Columns.ToList());
        }

        [TestMethod]
        public void FloatColumn_HasRangeAndAccuracy()
        {
            var catalog = SolutionSamples.CatalogOfFragments(SolutionSamples.P2CFieldService, "customizations.fragment.Entity-msdynce_externalproductinventory.xml");

            var quantity = catalog.GetColumn("msdynce_externalproductinventory", "msdynce_onhandquantity");

            Assert.AreEqual(ColumnType.Double, quantity.Type);
            Assert.AreEqual(-1000000000m, quantity.MinValue);
            Assert.AreEqual(1000000000m, quantity.MaxValue);
            Assert.AreEqual(2, quantity.Precision);
        }

        [TestMethod]
        public void OrganizationOwnedTable_HasOrganizationIdNotOwnerId()
        {
            var catalog = SolutionSamples.CatalogOfFragments(SolutionSamples.P2CFieldService, "customizations.fragment.Entity-msdynce_externalproductinventory.xml");

            var table = catalog.GetTable("msdynce_externalproductinventory");

            Assert.AreEqual(OwnershipType.OrganizationOwned, table.Ownership);
            Assert.IsTrue(table.Columns.ContainsKey("organizationid"));
            Assert.IsFalse(table.Columns.ContainsKey("ownerid"));
            Assert.AreEqual(RequiredLevel.ApplicationRequired, table.Columns["msdynce_product"].RequiredLevel);
        }

        [TestMethod]
        public void ExistingTableNewColumns_AddToATableTheEmulatorDoesNotDescribe()
        {
            var catalog = SolutionSamples.CatalogOfFragments(SolutionSamples.P2CFieldService, "customizations.fragment.Entity-Invoice-existing-table-new-columns.xml");

            var invoice = catalog.GetTable("invoice");
            var flag = invoice.Columns["msdynce_haslineswithagreementorigin"];

            Assert.AreEqual("invoiceid", invoice.PrimaryIdAttribute);
            Assert.AreEqual("invoices", invoice.EntitySetName);
            Assert.AreEqual(ColumnType.Boolean, flag.Type);
            Assert.AreEqual("Yes", flag.Options[1]);
        }

        [TestMethod]
        public void ParentalAndRemoveLinkRelationships_KeepTheirCascade()
        {
            var catalog = SolutionSamples.CatalogOfFragments(
                SolutionSamples.P2CFieldService,
                "customizations.fragment.Entity-msdynce_externalproductinventory.xml",
                "customizations.fragment.EntityRelationship-parental-cascade.xml",
                "customizations.fragment.EntityRelationship-lookup-removelink.xml");

            var parental = catalog.ChildRelationshipsOf("msdyn_workorder").Single();
            var removeLink = catalog.ChildRelationshipsOf("msdyn_warehouse").Single();

            Assert.AreEqual(CascadeBehavior.Cascade, parental.CascadeDelete);
            Assert.AreEqual("msdyn_workorder", parental.ReferencingColumn);
            Assert.AreEqual(CascadeBehavior.RemoveLink, removeLink.CascadeDelete);
            CollectionAssert.AreEqual(new[] { "msdyn_warehouse" }, catalog.GetColumn("msdynce_externalproductinventory", "msdynce_warehouse").LookupTargets.ToList());
        }

        [TestMethod]
        public void UnknownTable_FailsWithEntityNotExist()
        {
            var catalog = OwnCatalog.Value;

            var fault = Assert.ThrowsExactly<System.ServiceModel.FaultException<Microsoft.Xrm.Sdk.OrganizationServiceFault>>(() => catalog.GetTable("cr_missing"));

            Assert.AreEqual(Faults.ErrorCodes.EntityNotExist, fault.Detail.ErrorCode);
            Assert.AreEqual("Entity name 'cr_missing' does not exist in the organization.", fault.Detail.Message);
        }

        [TestMethod]
        public void UnknownTableInAQuery_FailsWithQueryBuilderNoEntity()
        {
            var catalog = OwnCatalog.Value;

            var fault = Assert.ThrowsExactly<System.ServiceModel.FaultException<Microsoft.Xrm.Sdk.OrganizationServiceFault>>(() => catalog.GetTableForQuery("cr_missing"));

            Assert.AreEqual(Faults.ErrorCodes.QueryBuilderNoEntity, fault.Detail.ErrorCode);
        }

        [TestMethod]
        public void UnknownColumn_FailsWithQueryBuilderNoAttribute()
        {
            var catalog = OwnCatalog.Value;

            var fault = Assert.ThrowsExactly<System.ServiceModel.FaultException<Microsoft.Xrm.Sdk.OrganizationServiceFault>>(() => catalog.GetColumn("contact", "cr_missing"));

            Assert.AreEqual(Faults.ErrorCodes.QueryBuilderNoAttribute, fault.Detail.ErrorCode);
            Assert.AreEqual("'contact' entity doesn't contain attribute with Name = 'cr_missing' and NameMapping = 'Logical'.", fault.Detail.Message);
        }

        [TestMethod]
        public void RealExport_LeavesNothingOutSilently()
        {
            var notes = new List<string>();

            SolutionMetadataReader.Read(SolutionSource.Open(SolutionSamples.Folder(SolutionSamples.ColumnLevelSecurity)), notes);

            Assert.IsEmpty(notes);
        }

        [TestMethod]
        public void OwnSolution_AddsTheIdentityKeyToContact()
        {
            var catalog = SolutionMetadataReader.Read(SolutionSamples.OwnSolution);

            var contact = catalog.GetTable("contact");
            var identityKey = contact.Columns["cr_wifi_identitykey"];

            Assert.AreEqual(ColumnType.String, identityKey.Type);
            Assert.AreEqual(100, identityKey.MaxLength);
            var key = contact.Keys.Single(candidate => candidate.SchemaName == "cr_contact_wifiidentity");
            CollectionAssert.AreEqual(new[] { "cr_wifi_identitykey" }, key.Columns.ToList());
        }

        [TestMethod]
        public void OwnSolution_KeepsContactsStandardColumns()
        {
            var catalog = SolutionMetadataReader.Read(SolutionSamples.OwnSolution);

            var contact = catalog.GetTable("contact");

            Assert.AreEqual("contacts", contact.EntitySetName);
            Assert.AreEqual("fullname", contact.PrimaryNameAttribute);
            Assert.AreEqual(100, contact.Columns["emailaddress1"].MaxLength);
            Assert.AreEqual(0m, contact.Columns["cr_wifi_visit_count"].MinValue);
            Assert.AreEqual(2, contact.Columns["cr_wifi_avg_dwell"].Precision);
        }

        [TestMethod]
        public void OwnSolution_ReadsWithoutNotes()
        {
            var notes = new List<string>();

            SolutionMetadataReader.Read(SolutionSource.Open(SolutionSamples.OwnSolution), notes);

            Assert.IsEmpty(notes, string.Join("; ", notes));
        }
    }
}
