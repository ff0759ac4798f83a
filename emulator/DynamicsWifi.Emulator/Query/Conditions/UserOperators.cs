using System;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>eq-userid / ne-userid: the column (a user lookup or id) against the calling user. The team and
    /// hierarchy variants need team membership and the manager hierarchy, which queries do not see, so they are refused.</summary>
    internal static class UserOperators
    {
        public static Func<object?, bool>? TryCompile(ConditionSpec spec)
        {
            if (spec.Operator != ConditionOperator.EqualUserId && spec.Operator != ConditionOperator.NotEqualUserId)
            {
                return null;
            }

            if (spec.Column.Type is not (ColumnType.Lookup or ColumnType.PrimaryKey or ColumnType.UniqueIdentifier))
            {
                throw Faults.DataverseFaults.ConditionValueType(spec.Column.TableLogicalName, spec.Column.LogicalName, "System.Guid", spec.Column.Type.ToString());
            }

            spec.RequireCount(0);
            var caller = spec.Context.CallerId;
            var equal = spec.Operator == ConditionOperator.EqualUserId;
            return value => value is Guid id && (id == caller) == equal;
        }
    }
}
