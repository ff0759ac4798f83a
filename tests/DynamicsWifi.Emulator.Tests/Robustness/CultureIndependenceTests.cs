using System;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Emulator.Tests.Query;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Robustness
{
    /// <summary>The emulator answers the same on every machine: under the machine's culture, under Turkish (whose
    /// i/I casing and separators differ) and, in CI's invariant-globalization run, with no culture data at all.</summary>
    [TestClass]
    public sealed class CultureIndependenceTests
    {
        private static readonly DateTime Moment = new(2026, 3, 18, 15, 30, 0, DateTimeKind.Utc);

        [TestMethod]
        [DataRow(null)]
        [DataRow("tr-TR")]
        [DataRow("de-DE")]
        public void FormattedValues_ReadAsAnEnUsUserSeesThem(string? culture)
        {
            InCulture(culture, () =>
            {
                var source = QueryFixture.NewSource();
                source.Add("contact", ("fullname", "Ann"), ("numberofchildren", 12345), ("creditlimit", new Money(-1234.5m)), ("birthdate", Moment));

                var contact = source.Run(new QueryExpression("contact") { ColumnSet = new ColumnSet("numberofchildren", "creditlimit", "birthdate") }).Entities.Single();

                Assert.AreEqual("12,345", contact.FormattedValues["numberofchildren"]);
                Assert.AreEqual("-$1,234.50", contact.FormattedValues["creditlimit"]);
                Assert.AreEqual("3/18/2026 3:30 PM", contact.FormattedValues["birthdate"]);
            });
        }

        [TestMethod]
        [DataRow(null)]
        [DataRow("tr-TR")]
        public void TextAndPaging_DoNotDependOnTheCurrentCulture(string? culture)
        {
            InCulture(culture, () =>
            {
                var service = Emulators.Library().CreateOrganizationService(null);
                foreach (var (name, visits) in new[] { ("ibis", 1), ("IBIS two", 2), ("Indigo", 3), ("other", 4) })
                {
                    service.Create(new Entity("cr_library") { ["cr_name"] = name, ["cr_visits"] = visits });
                }

                var like = new QueryExpression("cr_library") { ColumnSet = new ColumnSet("cr_name") };
                like.Criteria.AddCondition("cr_name", ConditionOperator.Like, "I%");
                var query = new QueryExpression("cr_library") { ColumnSet = new ColumnSet("cr_name"), PageInfo = new PagingInfo { Count = 1, PageNumber = 1 } };
                query.AddOrder("createdon", OrderType.Descending);
                query.AddOrder("cr_visits", OrderType.Ascending);
                var paged = Pages.All(service, query).Select(row => row.GetAttributeValue<string>("cr_name")).ToList();

                Assert.AreEqual(3, service.RetrieveMultiple(like).Entities.Count);
                Assert.AreEqual(4, paged.Distinct().Count());
            });
        }

        // Runs the check with the named culture current; without culture data (invariant globalization) no named culture
        // exists, and the check runs under the invariant culture that machine has instead.
        private static void InCulture(string? name, Action check)
        {
            var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                if (name != null && TryGet(name) is { } named)
                {
                    CultureInfo.CurrentCulture = named;
                    CultureInfo.CurrentUICulture = named;
                }

                check();
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
            }
        }

        private static CultureInfo? TryGet(string name)
        {
            try
            {
                return CultureInfo.GetCultureInfo(name);
            }
            catch (CultureNotFoundException)
            {
                return null;
            }
        }
    }
}
