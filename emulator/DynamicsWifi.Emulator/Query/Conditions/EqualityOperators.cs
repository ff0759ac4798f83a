using System;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>eq / ne. As in SQL, null equals nothing and differs from nothing: ne leaves out rows without a value.</summary>
    internal static class EqualityOperators
    {
        public static Func<object?, bool>? TryCompile(ConditionSpec spec)
        {
            switch (spec.Operator)
            {
                case ConditionOperator.Equal:
                {
                    var expected = spec.Single();
                    return value => value != null && SqlValues.AreEqual(value, expected, spec.Collation);
                }

                case ConditionOperator.NotEqual:
                {
                    var expected = spec.Single();
                    return value => value != null && !SqlValues.AreEqual(value, expected, spec.Collation);
                }

                default:
                    return null;
            }
        }
    }
}
