using System;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>A span of time a date condition accepts, [From, To) unless said otherwise; the building block of the
    /// date operator families. Days and weeks are UTC days; weeks start on Sunday, as last-week's "Sunday through
    /// Saturday" says (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators).</summary>
    internal static class DateWindow
    {
        public static void RequireDateColumn(ConditionSpec spec)
        {
            if (spec.Column.Type != ColumnType.DateTime)
            {
                throw DataverseFaults.ConditionValueType(spec.Column.TableLogicalName, spec.Column.LogicalName, "System.DateTime", spec.Column.Type.ToString());
            }
        }

        /// <summary>From inclusive, to exclusive.</summary>
        public static Func<object?, bool> Between(DateTime from, DateTime to) =>
            value => value is DateTime moment && moment >= from && moment < to;

        /// <summary>Both ends inclusive: the rolling windows that end or start now.</summary>
        public static Func<object?, bool> Closed(DateTime from, DateTime to) =>
            value => value is DateTime moment && moment >= from && moment <= to;

        public static Func<object?, bool> Before(DateTime bound) =>
            value => value is DateTime moment && moment < bound;

        public static Func<object?, bool> AtOrAfter(DateTime bound) =>
            value => value is DateTime moment && moment >= bound;

        public static DateTime StartOfWeek(DateTime day) => day.Date.AddDays(-(int)day.DayOfWeek);

        public static DateTime StartOfMonth(DateTime day) => new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc);

        public static DateTime StartOfYear(DateTime day) => new DateTime(day.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    }
}
