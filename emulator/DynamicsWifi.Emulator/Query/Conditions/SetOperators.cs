using System;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>in / not-in over a list of values; a row without a value is in no list and not outside one either.</summary>
    internal static class SetOperators
    {
        public static Func<object?, bool>? TryCompile(ConditionSpec spec)
        {
            switch (spec.Operator)
            {
                case ConditionOperator.In:
                {
                    var values = spec.All();
                    return value => value != null && values.Any(candidate => SqlValues.AreEqual(value, candidate, spec.Collation));
                }

                case ConditionOperator.NotIn:
                {
                    var values = spec.All();
                    return value => value != null && !values.Any(candidate => SqlValues.AreEqual(value, candidate, spec.Collation));
                }

                default:
                    return null;
            }
        }
    }
}
