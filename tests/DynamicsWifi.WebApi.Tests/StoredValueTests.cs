using System;
using System.IO;
using System.Linq;
using DynamicsWifi.Emulator.Journaling;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>What the data file keeps of rows and of queued jobs' contexts comes back as the same SDK values.</summary>
    [TestClass]
    public sealed class StoredValueTests
    {
        [TestMethod]
        public void EverySdkValue_ComesBackWithItsTypeAndValue()
        {
            var entity = new Entity("lib_book", Guid.NewGuid()) { RowVersion = "42", ["lib_price"] = new Money(12.345m), ["lib_genre"] = new OptionSetValue(2) };
            entity.KeyAttributes["lib_isbn"] = "978-3";
            entity.FormattedValues["lib_genre"] = "Science";
            var values = new object?[]
            {
                null, "text", 7, 7L, 0.1m + 0.2m, 0.1 + 0.2, true, Guid.NewGuid(), new DateTime(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc),
                new OptionSetValueCollection(new[] { new OptionSetValue(1), new OptionSetValue(3) }),
                new EntityReference("lib_library", Guid.NewGuid()) { Name = "Branch" },
                new EntityReferenceCollection(new[] { new EntityReference("lib_book", Guid.NewGuid()) }),
                new byte[] { 1, 2, 3 }, new[] { "a", "b" }, DayOfWeek.Friday,
            };

            foreach (var value in values)
            {
                var back = SdkValueJson.Read(SdkValueJson.Write(value));
                Assert.AreEqual(value?.GetType(), back?.GetType(), "Type of " + value);
                Assert.AreEqual(Describe(value), Describe(back));
            }

            var collection = (EntityCollection)SdkValueJson.Read(SdkValueJson.Write(new EntityCollection(new[] { entity }) { EntityName = "lib_book" }))!;
            var entityBack = collection.Entities.Single();
            Assert.AreEqual("lib_book", collection.EntityName);
            Assert.AreEqual(entity.Id, entityBack.Id);
            Assert.AreEqual("42", entityBack.RowVersion);
            Assert.AreEqual(12.345m, entityBack.GetAttributeValue<Money>("lib_price").Value);
            Assert.AreEqual(2, entityBack.GetAttributeValue<OptionSetValue>("lib_genre").Value);
            Assert.AreEqual("978-3", entityBack.KeyAttributes["lib_isbn"]);
            Assert.AreEqual("Science", entityBack.FormattedValues["lib_genre"]);
        }

        [TestMethod]
        public void TransactionRequests_ComeBackByNameWithTheirParameters()
        {
            var requests = new OrganizationRequestCollection();
            requests.Add(new OrganizationRequest("CreateMultiple") { RequestId = Guid.NewGuid(), ["Targets"] = new EntityCollection { EntityName = "lib_book" }, ["tag"] = "mine" });

            var back = ((OrganizationRequestCollection)SdkValueJson.Read(SdkValueJson.Write(requests))!).Single();

            Assert.AreEqual("CreateMultiple", back.RequestName);
            Assert.AreEqual(requests[0].RequestId, back.RequestId);
            Assert.AreEqual("lib_book", ((EntityCollection)back["Targets"]).EntityName);
            Assert.AreEqual("mine", back["tag"]);
        }

        [TestMethod]
        public void AnUnknownType_IsRefused_NeverDropped()
        {
            var failure = Assert.ThrowsExactly<InvalidDataException>(() => SdkValueJson.Write(new Uri("https://example.org")));

            StringAssert.Contains(failure.Message, "System.Uri");
        }

        private static string Describe(object? value) => value switch
        {
            null => "null",
            Money money => "money " + money.Value,
            OptionSetValueCollection options => "options " + string.Join(",", options.Select(option => option.Value)),
            EntityReference reference => $"ref {reference.LogicalName} {reference.Id} {reference.Name}",
            EntityReferenceCollection references => "refs " + string.Join(",", references.Select(reference => reference.Id)),
            byte[] bytes => "bytes " + Convert.ToBase64String(bytes),
            string[] texts => "texts " + string.Join(",", texts),
            DateTime moment => $"date {moment.Ticks} {moment.Kind}",
            _ => value.ToString() ?? string.Empty,
        };
    }
}
