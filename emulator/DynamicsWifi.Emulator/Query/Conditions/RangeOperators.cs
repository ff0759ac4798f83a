using System;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>between / not-between: two values, both bounds included, as SQL's BETWEEN.</summary>
    internal static class RangeOperators
    {
        public static Func<object?, bool>? TryCompile(ConditionSpec spec)
        {
            if (spec.Operator != ConditionOperator.Between && spec.Operator != ConditionOperator.NotBetween)
            {
                return null;
            }

            spec.RequireCount(2);
            var low = spec.Value(0);
            var high = spec.Value(1);
            var inside = spec.Operator == ConditionOperator.Between;
            return value => value != null
                && (SqlValues.Compare(value, low, spec.Collation) >= 0 && SqlValues.Compare(value, high, spec.Collation) <= 0) == inside;
        }
    }
}
