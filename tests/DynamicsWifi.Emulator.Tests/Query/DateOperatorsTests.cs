using System;
using System.Globalization;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Query
{
    /// <summary>Date operators at a fixed now: Wednesday 18 March 2026, 15:30 UTC. Rows are named after their
    /// lastvisitedon value (MMdd-HHmm).</summary>
    [TestClass]
    public sealed class DateOperatorsTests
    {
        private static readonly string[] Moments =
        {
            "2025-12-31 12:00", "2026-02-15 23:59", "2026-02-18 00:00", "2026-03-07 12:00", "2026-03-08 00:00",
            "2026-03-09 23:59", "2026-03-10 00:00", "2026-03-10 18:00", "2026-03-11 00:00", "2026-03-14 23:59",
            "2026-03-15 00:00", "2026-03-17 23:59", "2026-03-18 01:00", "2026-03-18 13:00", "2026-03-18 14:00",
            "2026-03-18 16:00", "2026-03-19 10:00", "2026-03-20 22:00", "2026-03-21 00:00", "2026-03-22 00:00", "2026-04-01 00:00",
        };

        private static TestRowSource Visits()
        {
            var source = QueryFixture.NewSource();
            foreach (var text in Moments)
            {
                var moment = DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), DateTimeKind.Utc);
                source.Add("contact", ("fullname", moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), ("lastvisitedon", moment));
            }

            source.Add("contact", ("fullname", "never"));
            return source;
        }

        private static string Run(ConditionOperator op, params object[] values)
        {
            var query = QueryFixture.Contacts(new ConditionExpression("lastvisitedon", op, values));
            return Visits().Run(query).Names().Replace("2026-", string.Empty, StringComparison.Ordinal);
        }

        [TestMethod]
        public void Today_IsTheCurrentUtcDay() =>
            Assert.AreEqual("03-18 01:00,03-18 13:00,03-18 14:00,03-18 16:00", Run(ConditionOperator.Today));

        [TestMethod]
        public void Yesterday_IsThePreviousDay() => Assert.AreEqual("03-17 23:59", Run(ConditionOperator.Yesterday));

        [TestMethod]
        public void Tomorrow_IsTheNextDay() => Assert.AreEqual("03-19 10:00", Run(ConditionOperator.Tomorrow));

        [TestMethod]
        public void On_MatchesTheWholeDayWhateverTheTimeGiven() =>
            Assert.AreEqual("03-10 00:00,03-10 18:00", Run(ConditionOperator.On, new DateTime(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc)));

        [TestMethod]
        public void OnOrAfter_StartsAtMidnightOfTheDay() =>
            StringAssert.StartsWith(Run(ConditionOperator.OnOrAfter, new DateTime(2026, 3, 10, 18, 0, 0, DateTimeKind.Utc)), "03-10 00:00,03-10 18:00,03-11");

        [TestMethod]
        public void OnOrBefore_IncludesTheWholeDay() =>
            StringAssert.EndsWith(Run(ConditionOperator.OnOrBefore, new DateTime(2026, 3, 10, 0, 0, 0, DateTimeKind.Utc)), "03-09 23:59,03-10 00:00,03-10 18:00");

        [TestMethod]
        public void LastXDays_RunsFromMidnightXDaysAgoToNow() =>
            Assert.AreEqual("03-15 00:00,03-17 23:59,03-18 01:00,03-18 13:00,03-18 14:00", Run(ConditionOperator.LastXDays, 3));

        [TestMethod]
        public void NextXDays_RunsFromNowToTheEndOfTheDayXDaysAhead() =>
            Assert.AreEqual("03-18 16:00,03-19 10:00,03-20 22:00", Run(ConditionOperator.NextXDays, 2));

        [TestMethod]
        public void LastXHours_RunsFromTheTopOfTheHourXHoursAgoToNow() =>
            Assert.AreEqual("03-18 13:00,03-18 14:00", Run(ConditionOperator.LastXHours, 2));

        [TestMethod]
        public void NextXHours_RunsFromNowForXHours() =>
            Assert.AreEqual("03-18 16:00", Run(ConditionOperator.NextXHours, 1));

        [TestMethod]
        public void Last7Days_IsLastXDaysOfSeven() =>
            Assert.AreEqual("03-11 00:00,03-14 23:59,03-15 00:00,03-17 23:59,03-18 01:00,03-18 13:00,03-18 14:00", Run(ConditionOperator.Last7Days));

        [TestMethod]
        public void ThisWeek_RunsSundayToSaturday() =>
            Assert.AreEqual("03-15 00:00,03-17 23:59,03-18 01:00,03-18 13:00,03-18 14:00,03-18 16:00,03-19 10:00,03-20 22:00,03-21 00:00", Run(ConditionOperator.ThisWeek));

        [TestMethod]
        public void LastWeek_IsThePreviousSundayToSaturday() =>
            Assert.AreEqual("03-08 00:00,03-09 23:59,03-10 00:00,03-10 18:00,03-11 00:00,03-14 23:59", Run(ConditionOperator.LastWeek));

        [TestMethod]
        public void LastMonth_IsTheWholePreviousMonth() =>
            Assert.AreEqual("02-15 23:59,02-18 00:00", Run(ConditionOperator.LastMonth));

        [TestMethod]
        public void NextMonth_IsTheWholeNextMonth() => Assert.AreEqual("04-01 00:00", Run(ConditionOperator.NextMonth));

        [TestMethod]
        public void LastYear_IsTheWholePreviousYear() => Assert.AreEqual("2025-12-31 12:00", Run(ConditionOperator.LastYear));

        [TestMethod]
        public void LastXMonths_ReachesBackToMidnightXMonthsAgo() =>
            StringAssert.StartsWith(Run(ConditionOperator.LastXMonths, 1), "02-18 00:00,03-07");

        [TestMethod]
        public void OlderThanXDays_IsBeforeMidnightXDaysAgo() =>
            Assert.AreEqual("2025-12-31 12:00,02-15 23:59", Run(ConditionOperator.OlderThanXDays, 30));

        [TestMethod]
        public void OlderThanXHours_IsBeforeNowMinusXHours() =>
            StringAssert.EndsWith(Run(ConditionOperator.OlderThanXHours, 2), "03-18 01:00,03-18 13:00");

        [TestMethod]
        public void FiscalOperator_IsRefusedAsUnsupported()
        {
            var fault = QueryFixture.Fails(() => Run(ConditionOperator.InFiscalYear, 2026));

            Assert.AreEqual(unchecked((int)0x80041120), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "InFiscalYear");
        }

        [TestMethod]
        public void DateOperatorOnTextColumn_IsRefused()
        {
            var fault = QueryFixture.Fails(() => Visits().Run(QueryFixture.Contacts(new ConditionExpression("fullname", ConditionOperator.Today))));

            Assert.AreEqual(unchecked((int)0x80040203), fault.ErrorCode);
        }
    }
}
