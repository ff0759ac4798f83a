using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>Choices (multi-select) columns: contain-values holds when any listed option is selected,
    /// not-contain-values when none is; eq / ne compare the whole selection; Contains and DoesNotContain are read as
    /// contain-values and not-contain-values there. Rows with nothing selected satisfy only null
    /// (learn.microsoft.com/power-apps/developer/data-platform/multi-select-picklist).</summary>
    internal static class MultiSelectOperators
    {
        public static Func<object?, bool>? TryCompile(ConditionSpec spec)
        {
            var isMultiSelect = spec.Column.Type == ColumnType.MultiSelectPicklist;
            switch (spec.Operator)
            {
                case ConditionOperator.ContainValues:
                case ConditionOperator.Contains when isMultiSelect:
                    return Test(spec, (selected, wanted) => wanted.Overlaps(selected));
                case ConditionOperator.DoesNotContainValues:
                case ConditionOperator.DoesNotContain when isMultiSelect:
                    return Test(spec, (selected, wanted) => !wanted.Overlaps(selected));
                case ConditionOperator.Equal when isMultiSelect:
                    return Test(spec, (selected, wanted) => wanted.SetEquals(selected));
                case ConditionOperator.NotEqual when isMultiSelect:
                    return Test(spec, (selected, wanted) => !wanted.SetEquals(selected));
                case ConditionOperator.Null or ConditionOperator.NotNull:
                    return null;
                default:
                    if (isMultiSelect)
                    {
                        throw DataverseFaults.UnsupportedConditionOperator(spec.Operator + " on a multi-select column");
                    }

                    return null;
            }
        }

        private static Func<object?, bool> Test(ConditionSpec spec, Func<ISet<int>, ISet<int>, bool> test)
        {
            if (spec.Column.Type != ColumnType.MultiSelectPicklist)
            {
                throw DataverseFaults.UnsupportedConditionOperator(spec.Operator + " on a column that is not multi-select");
            }

            var wanted = new HashSet<int>(spec.All().Select(value => (int)(decimal)value));
            return value =>
            {
                var selected = SqlValues.Options(value);
                return selected.Count > 0 && test(selected, wanted);
            };
        }
    }
}
