using System;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>last-x-* / next-x-*: rolling windows that end (last) or start (next) now. Hours count from the current
    /// moment; days, weeks, months and years reach back to midnight X units ago, or forward to the end of the day X
    /// units ahead, so "last 3 days" includes all of the day three days ago and today up to now.</summary>
    internal static class RelativeDateOperators
    {
        public static Func<object?, bool>? TryCompile(ConditionSpec spec)
        {
            var now = spec.Context.UtcNow;
            var today = spec.Context.Today;
            switch (spec.Operator)
            {
                case ConditionOperator.LastXHours:
                    return Window(spec, x => (now.AddHours(-x), now));
                case ConditionOperator.NextXHours:
                    return Window(spec, x => (now, now.AddHours(x)));
                case ConditionOperator.LastXDays:
                    return Window(spec, x => (today.AddDays(-x), now));
                case ConditionOperator.NextXDays:
                    return Window(spec, x => (now, EndOfDay(today.AddDays(x))));
                case ConditionOperator.LastXWeeks:
                    return Window(spec, x => (today.AddDays(-7 * x), now));
                case ConditionOperator.NextXWeeks:
                    return Window(spec, x => (now, EndOfDay(today.AddDays(7 * x))));
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
