using System;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>gt / ge / lt / le on numbers, dates and text (text in the database's case-insensitive order).</summary>
    internal static class ComparisonOperators
    {
        public static Func<object?, bool>? TryCompile(ConditionSpec spec)
        {
            Func<int, bool>? accepts = spec.Operator switch
            {
                ConditionOperator.GreaterThan => order => order > 0,
                ConditionOperator.GreaterEqual => order => order >= 0,
                ConditionOperator.LessThan => order => order < 0,
                ConditionOperator.LessEqual => order => order <= 0,
                _ => null,
            };
            if (accepts == null)
            {
                return null;
            }

            var bound = spec.Single();
            return value => value != null && accepts(SqlValues.Compare(value, bound, spec.Collation));
        }
    }
}
