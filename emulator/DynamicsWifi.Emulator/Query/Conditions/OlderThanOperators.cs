using System;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>olderthan-x-*: strictly before now minus X units
    /// (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators). Minutes and hours count
    /// from the current moment; days and longer from midnight today, matching last-x-days' whole-day reading.</summary>
    internal static class OlderThanOperators
    {
        public static Func<object?, bool>? TryCompile(ConditionSpec spec)
        {
            var now = spec.Context.UtcNow;
            var today = spec.Context.Today;
            Func<int, DateTime>? bound = spec.Operator switch
            {
                ConditionOperator.OlderThanXMinutes => x => now.AddMinutes(-x),
                ConditionOperator.OlderThanXHours => x => now.AddHours(-x),
                ConditionOperator.OlderThanXDays => x => today.AddDays(-x),
                ConditionOperator.OlderThanXWeeks => x => today.AddDays(checked(-7 * x)),
                ConditionOperator.OlderThanXMonths => x => today.AddMonths(-x),
                ConditionOperator.OlderThanXYears => x => today.AddYears(-x),
                _ => null,
            };
            if (bound == null)
            {
                return null;
            }

            DateWindow.RequireDateColumn(spec);
            return DateWindow.Before(bound(spec.Number()));
        }
    }
}
