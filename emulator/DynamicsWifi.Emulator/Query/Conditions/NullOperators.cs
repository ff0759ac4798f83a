using System;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>null / not-null: the only operators a missing value satisfies
    /// (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators).</summary>
    internal static class NullOperators
    {
        public static Func<object?, bool>? TryCompile(ConditionSpec spec)
        {
            switch (spec.Operator)
            {
                case ConditionOperator.Null:
                    spec.RequireCount(0);
                    return value => value == null;
                case ConditionOperator.NotNull:
                    spec.RequireCount(0);
                    return value => value != null;
                default:
                    return null;
            }
        }
    }
}
