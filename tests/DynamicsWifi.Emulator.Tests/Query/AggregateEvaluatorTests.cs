using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Query
{
    /// <summary>Aggregate fetch over 10,000 generated visits, checked against the same figures computed with LINQ.</summary>
    [TestClass]
    public sealed class AggregateEvaluatorTests
    {
        private static object? Value(Entity entity, string alias) => entity.Contains(alias) ? ((AliasedValue)entity[alias]).Value : null;

        [TestMethod]
        public void UngroupedAggregates_EqualLinq()
        {
            var (source, visits, _) = GeneratedVisits.Instance;

            var row = source.Fetch(@"
                <fetch aggregate='true'>
                  <entity name='cr_wifivisit'>
                    <attribute name='cr_wifivisitid' alias='rows' aggregate='count' />
                    <attribute name='cr_dwellminutes' alias='withminutes' aggregate='countcolumn' />
                    <attribute name='cr_dwellminutes' alias='distinctminutes' aggregate='countcolumn' distinct='true' />
                    <attribute name='cr_dwellminutes' alias='minutes' aggregate='sum' />
                    <attribute name='cr_dwellminutes' alias='avgminutes' aggregate='avg' />
                    <attribute name='cr_bytes' alias='bytes' aggregate='sum' />
                    <attribute name='cr_score' alias='maxscore' aggregate='max' />
                    <attribute name='cr_rating' alias='avgrating' aggregate='avg' />
                    <attribute name='cr_spend' alias='spend' aggregate='sum' />
                    <attribute name='cr_spend' alias='minspend' aggregate='min' />
                    <attribute name='cr_startedon' alias='first' aggregate='min' />
                  </entity>
                </fetch>").Entities.Single();

            var minutes = visits.Where(visit => visit.Minutes != null).Select(visit => visit.Minutes!.Value).ToList();
            var ratings = visits.Where(visit => visit.Rating != null).Select(visit => visit.Rating!.Value).ToList();
            Assert.AreEqual(10000, Value(row, "rows"));
            Assert.AreEqual(minutes.Count, Value(row, "withminutes"));
            Assert.AreEqual(minutes.Distinct().Count(), Value(row, "distinctminutes"));
            Assert.AreEqual(minutes.Sum(), Value(row, "minutes"));
            Assert.AreEqual(minutes.Sum() / minutes.Count, Value(row, "avgminutes"));
            Assert.AreEqual(visits.Sum(visit => visit.Bytes ?? 0L), Value(row, "bytes"));
            Assert.AreEqual(visits.Max(visit => visit.Score), Value(row, "maxscore"));
            Assert.AreEqual(ratings.Sum() / ratings.Count, Value(row, "avgrating"));
            Assert.AreEqual(new Money(visits.Sum(visit => visit.Spend ?? 0m)), Value(row, "spend"));
            Assert.AreEqual(new Money(visits.Min(visit => visit.Spend)!.Value), Value(row, "minspend"));
            Assert.AreEqual(visits.Min(visit => visit.Started), Value(row, "first"));
        }

        [TestMethod]
        public void GroupByLookupAndChoice_EqualLinq()
        {
            var (source, visits, _) = GeneratedVisits.Instance;

            var result = source.Fetch(@"
                <fetch aggregate='true'>
                  <entity name='cr_wifivisit'>
                    <attribute name='cr_contactid' alias='guest' groupby='true' />
                    <attribute name='cr_zone' alias='zone' groupby='true' />
                    <attribute name='cr_wifivisitid' alias='visits' aggregate='count' />
                    <attribute name='cr_dwellminutes' alias='minutes' aggregate='sum' />
                    <attribute name='cr_spend' alias='maxspend' aggregate='max' />
                    <order alias='guest' />
                    <order alias='zone' descending='true' />
                  </entity>
                </fetch>");

            var expected = visits
                .GroupBy(visit => (visit.Contact, visit.Zone))
                .ToDictionary(group => group.Key, group => (Count: group.Count(), Minutes: group.Sum(visit => visit.Minutes ?? 0), MaxSpend: group.Max(visit => visit.Spend)));
            Assert.AreEqual(expected.Count, result.Entities.Count);
            foreach (var entity in result.Entities)
            {
                var guest = (EntityReference)Value(entity, "guest")!;
                var zone = (OptionSetValue?)Value(entity, "zone");
                var figures = expected[(guest.Id, zone?.Value)];
                Assert.AreEqual(figures.Count, Value(entity, "visits"));
                Assert.AreEqual(figures.Minutes, Value(entity, "minutes"));
                Assert.AreEqual(figures.MaxSpend is { } max ? new Money(max) : null, Value(entity, "maxspend"));
                Assert.AreEqual(guest.Name, entity.FormattedValues["guest"]);
            }

            var names = result.Entities.Select(entity => ((EntityReference)Value(entity, "guest")!).Name).ToList();
            CollectionAssert.AreEqual(names.OrderBy(name => name, StringComparer.Ordinal).ToList(), names);
            Assert.AreEqual("Pool", result.Entities.First(entity => Value(entity, "zone") != null).FormattedValues["zone"]);
        }

        [TestMethod]
        public void DateGrouping_EqualsLinqOverYearQuarterMonthWeekAndDay()
        {
            var (source, visits, _) = GeneratedVisits.Instance;

            var result = source.Fetch(@"
                <fetch aggregate='true'>
                  <entity name='cr_wifivisit'>
                    <attribute name='cr_startedon' alias='year' groupby='true' dategrouping='year' />
                    <attribute name='cr_startedon' alias='quarter' groupby='true' dategrouping='quarter' />
                    <attribute name='cr_startedon' alias='month' groupby='true' dategrouping='month' />
                    <attribute name='cr_startedon' alias='week' groupby='true' dategrouping='week' />
                    <attribute name='cr_startedon' alias='day' groupby='true' dategrouping='day' />
                    <attribute name='cr_wifivisitid' alias='visits' aggregate='count' />
                  </entity>
                </fetch>");

            var calendar = CultureInfo.InvariantCulture.Calendar;
            var expected = visits
                .GroupBy(visit => (visit.Started.Year, (visit.Started.Month + 2) / 3, visit.Started.Month, calendar.GetWeekOfYear(visit.Started, CalendarWeekRule.FirstDay, DayOfWeek.Sunday), visit.Started.Day))
                .ToDictionary(group => group.Key, group => group.Count());
            Assert.AreEqual(expected.Count, result.Entities.Count);
            foreach (var entity in result.Entities)
            {
                var key = ((int)Value(entity, "year")!, (int)Value(entity, "quarter")!, (int)Value(entity, "month")!, (int)Value(entity, "week")!, (int)Value(entity, "day")!);
                Assert.AreEqual(expected[key], Value(entity, "visits"));
            }
        }

        [TestMethod]
        public void AggregateOverALinkedTable_GroupsByTheLinkedColumn()
        {
            var (source, visits, contacts) = GeneratedVisits.Instance;

            var result = source.Fetch(@"
                <fetch aggregate='true'>
                  <entity name='cr_wifivisit'>
                    <attribute name='cr_wifivisitid' alias='visits' aggregate='count' />
                    <filter><condition attribute='cr_zone' operator='eq' value='200' /></filter>
                    <link-entity name='contact' from='contactid' to='cr_contactid' alias='c'>
                      <attribute name='fullname' alias='guest' groupby='true' />
                    </link-entity>
                    <order alias='visits' descending='true' />
                  </entity>
                </fetch>");

            var expected = visits.Where(visit => visit.Zone == 200).GroupBy(visit => visit.Contact).ToDictionary(group => "guest " + Array.IndexOf(contacts, group.Key).ToString("D2", CultureInfo.InvariantCulture), group => group.Count());
            Assert.AreEqual(expected.Count, result.Entities.Count);
            foreach (var entity in result.Entities)
            {
                Assert.AreEqual(expected[(string)Value(entity, "guest")!], Value(entity, "visits"));
            }

            var counts = result.Entities.Select(entity => (int)Value(entity, "visits")!).ToList();
            CollectionAssert.AreEqual(counts.OrderByDescending(count => count).ToList(), counts);
        }

        [TestMethod]
        public void SumOfAGroupWithoutValues_IsZero()
        {
            var source = QueryFixture.NewSource();
            source.Add("account", ("name", "a"));

            var row = source.Fetch("<fetch aggregate='true'><entity name='account'><attribute name='numberofemployees' alias='total' aggregate='sum' /><attribute name='numberofemployees' alias='average' aggregate='avg' /></entity></fetch>").Entities.Single();

            Assert.AreEqual(0, Value(row, "total"));
            Assert.IsFalse(row.Contains("average"));
        }

        [TestMethod]
        public void MoreRowsThanAggregateLimit_FailsWithAggregateQueryRecordLimitExceeded()
        {
            var (source, _, _) = GeneratedVisits.Instance;

            var fault = QueryFixture.Fails(() => source.Fetch("<fetch aggregate='true' aggregatelimit='500'><entity name='cr_wifivisit'><attribute name='cr_wifivisitid' alias='n' aggregate='count' /></entity></fetch>"));

            Assert.AreEqual(unchecked((int)0x8004E023), fault.ErrorCode);
        }

        [TestMethod]
        [DataRow("<fetch aggregate='true'><entity name='account'><attribute name='name' /></entity></fetch>", unchecked((int)0x80041107))]
        [DataRow("<fetch aggregate='true'><entity name='account'><attribute name='numberofemployees' aggregate='sum' /></entity></fetch>", unchecked((int)0x80041109))]
        [DataRow("<fetch aggregate='true'><entity name='account'><attribute name='numberofemployees' alias='x' aggregate='median' /></entity></fetch>", unchecked((int)0x8004111a))]
        [DataRow("<fetch aggregate='true'><entity name='account'><attribute name='name' alias='x' aggregate='sum' /></entity></fetch>", unchecked((int)0x8004112F))]
        [DataRow("<fetch aggregate='true'><entity name='account'><attribute name='createdon' alias='x' groupby='true' dategrouping='fortnight' /></entity></fetch>", unchecked((int)0x80041135))]
        [DataRow("<fetch aggregate='true'><entity name='account'><attribute name='name' alias='x' aggregate='count' /><order attribute='name' /></entity></fetch>", unchecked((int)0x80041131))]
        public void BadAggregate_FailsWithDataversesFault(string fetchXml, int expectedCode)
        {
            var fault = QueryFixture.Fails(() => QueryFixture.NewSource().Fetch(fetchXml));

            Assert.AreEqual(expectedCode, fault.ErrorCode);
        }
    }
}
