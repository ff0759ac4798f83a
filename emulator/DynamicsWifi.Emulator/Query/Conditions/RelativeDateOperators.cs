using System;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>last-x-* / next-x-*: rolling windows that end (last) or start (next) now. Learn says only "within the
    /// previous/next X units"; the CRM team's explanation (gonzaloruizcrm.blogspot.com/2012/07/date-and-time-operators-in-crm-explained.html)
    /// gives the bounds used here: last-x-hours starts at the top of the hour X hours back (3:30 PM, X = 1: from 2:00 PM),
    /// next-x-hours ends X hours from now; days, weeks, months and years reach back to midnight X units ago, or forward
    /// to the end of the day X units ahead, so "last 1 days" is yesterday and today up to now.</summary>
    internal static class RelativeDateOperators
    {
        public static Func<object?, bool>? TryCompile(ConditionSpec spec)
        {
            var now = spec.Context.UtcNow;
            var today = spec.Context.Today;
            switch (spec.Operator)
            {
                case ConditionOperator.LastXHours:
                    var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
                    return Window(spec, x => (hour.AddHours(-x), now));
                case ConditionOperator.NextXHours:
                    return Window(spec, x => (now, now.AddHours(x)));
                case ConditionOperator.LastXDays:
                    return Window(spec, x => (today.AddDays(-x), now));
                case ConditionOperator.NextXDays:
                    return Window(spec, x => (now, EndOfDay(today.AddDays(x))));
                case ConditionOperator.LastXWeeks:
                    return Window(spec, x => (today.AddDays(checked(-7 * x)), now));
                case ConditionOperator.NextXWeeks:
                    return Window(spec, x => (now, EndOfDay(today.AddDays(checked(7 * x)))));
                case ConditionOperator.LastXMonths:
                    return Window(spec, x => (today.AddMonths(-x), now));
                case ConditionOperator.NextXMonths:
                    return Window(spec, x => (now, EndOfDay(today.AddMonths(x))));
                case ConditionOperator.LastXYears:
                    return Window(spec, x => (today.AddYears(-x), now));
                case ConditionOperator.NextXYears:
                    return Window(spec, x => (now, EndOfDay(today.AddYears(x))));
                default:
                    return null;
            }
        }

        private static DateTime EndOfDay(DateTime day) => day.AddDays(1).AddTicks(-1);

        private static Func<object?, bool> Window(ConditionSpec spec, Func<int, (DateTime From, DateTime To)> window)
        {
            DateWindow.RequireDateColumn(spec);
            var (from, to) = window(spec.Number());
            return DateWindow.Closed(from, to);
        }
    }
}
