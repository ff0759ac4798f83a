using System;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Conditions
{
    /// <summary>like / not-like with SQL's wildcards (<see cref="LikePattern"/>), pattern and value folded by the
    /// organization's collation, so like compares text as equality does; begins-with
    /// and ends-with are like with a trailing or leading %, the value's own wildcards kept as Dataverse passes them on.
    /// Contains and DoesNotContain on text are full-text search, which needs a full-text index no emulated column has,
    /// so they fail with the generic SQL error Learn describes
    /// (learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.conditionoperator).</summary>
    internal static class LikeOperators
    {
        public static Func<object?, bool>? TryCompile(ConditionSpec spec)
        {
            switch (spec.Operator)
            {
                case ConditionOperator.Like:
                    return Match(spec, Pattern(spec, string.Empty, string.Empty), true);
                case ConditionOperator.NotLike:
                    return Match(spec, Pattern(spec, string.Empty, string.Empty), false);
                case ConditionOperator.BeginsWith:
                    return Match(spec, Pattern(spec, string.Empty, "%"), true);
                case ConditionOperator.DoesNotBeginWith:
                    return Match(spec, Pattern(spec, string.Empty, "%"), false);
                case ConditionOperator.EndsWith:
                    return Match(spec, Pattern(spec, "%", string.Empty), true);
                case ConditionOperator.DoesNotEndWith:
                    return Match(spec, Pattern(spec, "%", string.Empty), false);
                case ConditionOperator.Contains:
                case ConditionOperator.DoesNotContain:
                    if (spec.Column.Type == ColumnType.MultiSelectPicklist)
                    {
                        return null;
                    }

                    throw DataverseFaults.FullTextSearchNotEnabled();
                default:
                    return null;
            }
        }

        private static LikePattern Pattern(ConditionSpec spec, string prefix, string suffix)
        {
            var value = spec.Single();
            if (value is not string text)
            {
                throw DataverseFaults.ConditionValueType(spec.Column.TableLogicalName, spec.Column.LogicalName, "System.String", value.GetType().FullName ?? "?");
            }

            return LikePattern.Parse(spec.Collation.FoldKeepingSpaces(prefix + text + suffix));
        }

        private static Func<object?, bool> Match(ConditionSpec spec, LikePattern pattern, bool expected) =>
            value => value is string text && pattern.IsMatch(spec.Collation.Fold(text)) == expected;
    }
}
