using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Metadata.Export;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Metadata
{
    /// <summary>The attribute types and settings no real sample here shows, in the shape exports write them.</summary>
    [TestClass]
    public sealed class AttributeReaderTests
    {
        private static MetadataCatalog Read(string attributes, List<string> notes, string optionSets = "") => SolutionMetadataReader.Read(
            SolutionSamples.Inline($@"<ImportExportXml>
  <Entities>
    <Entity>
      <Name LocalizedName=""Thing"" OriginalName=""Thing"">cr_Thing</Name>
      <EntityInfo>
        <entity Name=""cr_Thing"">
          <attributes>
            <attribute PhysicalName=""cr_ThingId""><Type>primarykey</Type><Name>cr_thingid</Name><LogicalName>cr_thingid</LogicalName><RequiredLevel>systemrequired</RequiredLevel></attribute>
            {attributes}
          </attributes>
          <EntitySetName>cr_things</EntitySetName>
          <OwnershipTypeMask>UserOwned</OwnershipTypeMask>
        </entity>
      </EntityInfo>
    </Entity>
  </Entities>
  <EntityRelationships />
  <optionsets>{optionSets}</optionsets>
</ImportExportXml>"),
            notes);

        private static ColumnMetadata Column(string attribute, string name, string optionSets = "") =>
            Read(attribute, new List<string>(), optionSets).GetColumn("cr_thing", name);

        [TestMethod]
        public void Memo_IsMemoWithItsMaxLength()
        {
            var column = Column("<attribute PhysicalName=\"cr_Notes\"><Type>ntext</Type><LogicalName>cr_notes</LogicalName><MaxLength>2000</MaxLength></attribute>", "cr_notes");

            Assert.AreEqual(ColumnType.Memo, column.Type);
            Assert.AreEqual(2000, column.MaxLength);
        }

        [TestMethod]
        public void Money_TakesItsPrecision()
        {
            var column = Column("<attribute PhysicalName=\"cr_Price\"><Type>money</Type><LogicalName>cr_price</LogicalName><Precision>4</Precision><MinValue>0</MinValue><MaxValue>1000</MaxValue></attribute>", "cr_price");

            Assert.AreEqual(ColumnType.Money, column.Type);
            Assert.AreEqual(4, column.Precision);
            Assert.AreEqual(1000m, column.MaxValue);
        }

        [TestMethod]
        public void DateOnlyBehavior_IsRead()
        {
            var column = Column("<attribute PhysicalName=\"cr_Day\"><Type>datetime</Type><LogicalName>cr_day</LogicalName><Format>date</Format><Behavior>2</Behavior></attribute>", "cr_day");

            Assert.AreEqual(DateTimeBehavior.DateOnly, column.DateTimeBehavior);
        }

        [TestMethod]
        public void ChoiceOnAGlobalOptionSet_TakesTheGlobalOptions()
        {
            const string global = "<optionset Name=\"cr_channel\"><OptionSetType>picklist</OptionSetType><options>" +
                "<option value=\"100000000\"><labels><label description=\"Email\" languagecode=\"1033\" /></labels></option>" +
                "<option value=\"100000001\"><labels><label description=\"SMS\" languagecode=\"1033\" /></labels></option></options></optionset>";

            var column = Column("<attribute PhysicalName=\"cr_Channel\"><Type>picklist</Type><LogicalName>cr_channel</LogicalName><optionset Name=\"cr_channel\" /><OptionSetName>cr_channel</OptionSetName></attribute>", "cr_channel", global);

            Assert.AreEqual(ColumnType.Picklist, column.Type);
            Assert.AreEqual("SMS", column.Options[100000001]);
        }

        [TestMethod]
        public void MultiSelectChoice_TakesItsInlineOptions()
        {
            var column = Column(
                "<attribute PhysicalName=\"cr_Zones\"><Type>multiselectpicklist</Type><LogicalName>cr_zones</LogicalName><optionset Name=\"cr_thing_cr_zones\"><options>" +
                "<option value=\"1\"><labels><label description=\"Spa\" languagecode=\"1033\" /></labels></option></options></optionset></attribute>",
                "cr_zones");

            Assert.AreEqual(ColumnType.MultiSelectPicklist, column.Type);
            Assert.AreEqual("Spa", column.Options[1]);
        }

        [TestMethod]
        public void ImageFileAndPartyList_AreKept()
        {
            var catalog = Read(
                "<attribute PhysicalName=\"cr_Photo\"><Type>image</Type><LogicalName>cr_photo</LogicalName></attribute>" +
                "<attribute PhysicalName=\"cr_Document\"><Type>file</Type><LogicalName>cr_document</LogicalName><ValidForCreateApi>0</ValidForCreateApi><ValidForUpdateApi>0</ValidForUpdateApi></attribute>" +
                "<attribute PhysicalName=\"cr_Guests\"><Type>partylist</Type><LogicalName>cr_guests</LogicalName></attribute>",
                new List<string>());

            Assert.AreEqual(ColumnType.Image, catalog.GetColumn("cr_thing", "cr_photo").Type);
            Assert.IsFalse(catalog.GetColumn("cr_thing", "cr_document").IsValidForCreate);
            Assert.AreEqual(ColumnType.PartyList, catalog.GetColumn("cr_thing", "cr_guests").Type);
        }

        [TestMethod]
        public void VirtualColumn_IsLeftOutWithTheReason()
        {
            var notes = new List<string>();

            var catalog = Read("<attribute PhysicalName=\"cr_ParentName\"><Type>virtual</Type><LogicalName>cr_parentname</LogicalName></attribute>", notes);

            Assert.IsFalse(catalog.GetTable("cr_thing").Columns.ContainsKey("cr_parentname"));
            Assert.Contains("cr_thing.cr_parentname: left out, virtual columns", notes.Single());
        }

        [TestMethod]
        public void UnknownType_IsLeftOutWithTheReason()
        {
            var notes = new List<string>();

            Read("<attribute PhysicalName=\"cr_Odd\"><Type>hologram</Type><LogicalName>cr_odd</LogicalName></attribute>", notes);

            Assert.Contains("'hologram'", notes.Single());
        }

        [TestMethod]
        public void CustomerLookupWithoutRelationship_PointsAtItsLookupTypes()
        {
            var column = Column(
                "<attribute PhysicalName=\"cr_Customer\"><Type>customer</Type><LogicalName>cr_customer</LogicalName><LookupTypes><LookupType>1</LookupType><LookupType>2</LookupType></LookupTypes></attribute>",
                "cr_customer");

            CollectionAssert.AreEqual(new[] { "account", "contact" }, column.LookupTargets.ToList());
        }

        [TestMethod]
        public void MissingCreateAndUpdateFlags_MeanValidExceptPrimaryKeyUpdate()
        {
            var catalog = Read("<attribute PhysicalName=\"cr_Code\"><Type>nvarchar</Type><LogicalName>cr_code</LogicalName><MaxLength>20</MaxLength></attribute>", new List<string>());

            Assert.IsTrue(catalog.GetColumn("cr_thing", "cr_code").IsValidForUpdate);
            Assert.IsFalse(catalog.GetColumn("cr_thing", "cr_thingid").IsValidForUpdate);
            Assert.IsTrue(catalog.GetColumn("cr_thing", "cr_thingid").IsValidForCreate);
        }

        [TestMethod]
        public void KeyFrom2015Export_IsRead()
        {
            var keys = System.IO.File.ReadAllText(System.IO.Path.Combine(
                SolutionSamples.Folder(SolutionSamples.UpsertSample), "customizations.fragment.EntityKeys-sample_product.xml"));
            var catalog = SolutionMetadataReader.Read(
                SolutionSamples.Inline($"<ImportExportXml><Entities><Entity><Name>sample_product</Name><EntityInfo><entity Name=\"sample_product\"><attributes /><EntitySetName>sample_products</EntitySetName><OwnershipTypeMask>UserOwned</OwnershipTypeMask>{keys}</entity></EntityInfo></Entity></Entities></ImportExportXml>"));

            var key = catalog.GetTable("sample_product").Keys.Single();

            Assert.AreEqual("sample_productcode", key.SchemaName);
            CollectionAssert.AreEqual(new[] { "sample_productcode" }, key.Columns.ToList());
        }

        [TestMethod]
        public void StandardLookupInAnExport_KeepsItsBuiltInTargets()
        {
            var catalog = SolutionMetadataReader.Read(SolutionSamples.Inline(
                "<ImportExportXml><Entities><Entity><Name>Contact</Name><EntityInfo><entity Name=\"Contact\"><attributes>" +
                "<attribute PhysicalName=\"ParentCustomerId\"><Type>customer</Type><LogicalName>parentcustomerid</LogicalName><RequiredLevel>recommended</RequiredLevel></attribute>" +
                "</attributes></entity></EntityInfo></Entity></Entities></ImportExportXml>"));

            var column = catalog.GetColumn("contact", "parentcustomerid");

            Assert.AreEqual(RequiredLevel.Recommended, column.RequiredLevel);
            CollectionAssert.AreEqual(new[] { "account", "contact" }, column.LookupTargets.ToList());
        }
    }
}
