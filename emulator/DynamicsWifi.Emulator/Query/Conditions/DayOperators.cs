using System;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>on / not-on / on-or-before / on-or-after compare whole days, ignoring the time of the value given;
    /// today / yesterday / tomorrow are the current UTC day and its neighbours.</summary>
    internal static class DayOperators
    {
        public static Func<object?, bool>? TryCompile(ConditionSpec spec)
        {
            switch (spec.Operator)
            {
                case ConditionOperator.On:
                {
                    DateWindow.RequireDateColumn(spec);
                    var day = spec.Moment().Date;
                    return DateWindow.Between(day, day.AddDays(1));
                }

                case ConditionOperator.NotOn:
                {
                    DateWindow.RequireDateColumn(spec);
                    var on = DateWindow.Between(spec.Moment().Date, spec.Moment().Date.AddDays(1));
                    return value => value is DateTime && !on(value);
                }

                case ConditionOperator.OnOrBefore:
                    DateWindow.RequireDateColumn(spec);
                    return DateWindow.Before(spec.Moment().Date.AddDays(1));
                case ConditionOperator.OnOrAfter:
                    DateWindow.RequireDateColumn(spec);
                    return DateWindow.AtOrAfter(spec.Moment().Date);
                case ConditionOperator.Today:
                    return Day(spec, 0);
                case ConditionOperator.Yesterday:
                    return Day(spec, -1);
                case ConditionOperator.Tomorrow:
                    return Day(spec, 1);
                default:
                    return null;
            }
        }

        private static Func<object?, bool> Day(ConditionSpec spec, int offset)
        {
            DateWindow.RequireDateColumn(spec);
            spec.RequireCount(0);
            var day = spec.Context.Today.AddDays(offset);
            return DateWindow.Between(day, day.AddDays(1));
        }
    }
}
