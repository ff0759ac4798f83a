using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.Faults;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>Turns one condition into a test of a column's normalized value. Each operator family lives in its own
    /// file; an operator no family takes is refused, never silently matched.</summary>
    internal static class ConditionCompiler
    {
        private static readonly IReadOnlyList<Func<ConditionSpec, Func<object?, bool>?>> Families = new Func<ConditionSpec, Func<object?, bool>?>[]
        {
            NullOperators.TryCompile,
            MultiSelectOperators.TryCompile,
            EqualityOperators.TryCompile,
            ComparisonOperators.TryCompile,
            SetOperators.TryCompile,
            RangeOperators.TryCompile,
            LikeOperators.TryCompile,
            DayOperators.TryCompile,
            CalendarPeriodOperators.TryCompile,
            RelativeDateOperators.TryCompile,
            OlderThanOperators.TryCompile,
            UserOperators.TryCompile,
        };

        public static Func<object?, bool> Compile(ConditionSpec spec)
        {
            foreach (var family in Families)
            {
                Func<object?, bool>? test;
                try
                {
                    test = family(spec);
                }
                catch (Exception outside) when (outside is ArgumentOutOfRangeException or OverflowException)
                {
                    // The families compute their date bounds here, once per condition, in checked arithmetic: a value
                    // that takes a bound past the calendar (last-x-days 100000000) is the caller's, and is named.
                    throw DataverseFaults.ConditionValueOutOfRange(spec.Operator.ToString(), spec.Column.LogicalName, spec.RawText());
                }

                if (test != null)
                {
                    return test;
                }
            }

            throw DataverseFaults.UnsupportedConditionOperator(spec.Operator.ToString());
        }
    }
}
