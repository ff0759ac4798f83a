using System;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>this-/last-/next- week, month and year: whole calendar periods (weeks Sunday to Saturday), and
    /// last-seven-days / next-seven-days, which are last-x-days / next-x-days with X = 7.</summary>
    internal static class CalendarPeriodOperators
    {
        public static Func<object?, bool>? TryCompile(ConditionSpec spec)
        {
            var today = spec.Context.Today;
            (DateTime From, DateTime To)? period = spec.Operator switch
            {
                ConditionOperator.ThisWeek => Week(today, 0),
                ConditionOperator.LastWeek => Week(today, -1),
                ConditionOperator.NextWeek => Week(today, 1),
                ConditionOperator.ThisMonth => Month(today, 0),
                ConditionOperator.LastMonth => Month(today, -1),
                ConditionOperator.NextMonth => Month(today, 1),
                ConditionOperator.ThisYear => Year(today, 0),
                ConditionOperator.LastYear => Year(today, -1),
                ConditionOperator.NextYear => Year(today, 1),
                _ => null,
            };
            if (period != null)
            {
                DateWindow.RequireDateColumn(spec);
                spec.RequireCount(0);
                return DateWindow.Between(period.Value.From, period.Value.To);
            }

            switch (spec.Operator)
            {
                case ConditionOperator.Last7Days:
                    DateWindow.RequireDateColumn(spec);
                    spec.RequireCount(0);
                    return DateWindow.Closed(today.AddDays(-7), spec.Context.UtcNow);
                case ConditionOperator.Next7Days:
                    DateWindow.RequireDateColumn(spec);
                    spec.RequireCount(0);
                    return DateWindow.Closed(spec.Context.UtcNow, today.AddDays(8).AddTicks(-1));
                default:
                    return null;
            }
        }

        private static (DateTime, DateTime) Week(DateTime today, int offset)
        {
            var start = DateWindow.StartOfWeek(today).AddDays(7 * offset);
            return (start, start.AddDays(7));
        }

        private static (DateTime, DateTime) Month(DateTime today, int offset)
        {
            var start = DateWindow.StartOfMonth(today).AddMonths(offset);
            return (start, start.AddMonths(1));
        }

        private static (DateTime, DateTime) Year(DateTime today, int offset)
        {
            var start = DateWindow.StartOfYear(today).AddYears(offset);
            return (start, start.AddYears(1));
        }
    }
}
