using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Query.Conditions;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>Compiles nested filters into one test of a joined row. Conditions without an entity name apply to the
    /// filter's own table (the query's, or the link's for link criteria); with one, to the link of that alias. Empty
    /// filters accept everything, as Dataverse ignores them.</summary>
    internal sealed class FilterCompiler
    {
        private readonly QueryPlan _plan;
        private readonly QueryContext _context;
        private readonly bool _valuesAreText;

        public FilterCompiler(QueryPlan plan, QueryContext context, bool valuesAreText)
        {
            _plan = plan;
            _context = context;
            _valuesAreText = valuesAreText;
        }

        /// <summary>How the organization compares text.</summary>
        public TextCollation Collation => _plan.Collation;

        public Func<JoinedRow, bool> Compile(FilterExpression? filter, string? scopeAlias)
        {
            if (filter == null)
            {
                return _ => true;
            }

            var tests = new List<Func<JoinedRow, bool>>();
            tests.AddRange(filter.Conditions.Select(condition => CompileCondition(condition, scopeAlias)));
            tests.AddRange(filter.Filters.Select(child => Compile(child, scopeAlias)));
            if (tests.Count == 0)
            {
                return _ => true;
            }

            if (filter.FilterOperator == LogicalOperator.Or)
            {
                return row =>
                {
                    foreach (var test in tests)
                    {
                        if (test(row))
                        {
                            return true;
                        }
                    }

                    return false;
                };
            }

            return row =>
            {
                foreach (var test in tests)
                {
                    if (!test(row))
                    {
                        return false;
                    }
                }

                return true;
            };
        }

        private Func<JoinedRow, bool> CompileCondition(ConditionExpression condition, string? scopeAlias)
        {
            var alias = string.IsNullOrEmpty(condition.EntityName) ? scopeAlias : _plan.ResolveAlias(condition.EntityName);
            var column = _plan.Column(alias, condition.AttributeName);
            var name = column.LogicalName;
            if (condition.CompareColumns)
            {
                return CompileColumnComparison(condition, alias, name);
            }

            var spec = new ConditionSpec(condition.Operator, column, condition.Values.ToList(), _valuesAreText, _context, _plan.Collation);
            var test = ConditionCompiler.Compile(spec);
            return row => test(SqlValues.Normalize(row.Get(alias)?[name]));
        }

        // A condition whose value names another column of the same table, or "alias.column" of a link.
        private Func<JoinedRow, bool> CompileColumnComparison(ConditionExpression condition, string? alias, string name)
        {
            if (condition.Values.Count != 1 || condition.Values[0] is not string other)
            {
                throw DataverseFaults.ConditionValueCount(condition.Operator.ToString(), name, "one column name", condition.Values.Count);
            }

            var dot = other.IndexOf('.', StringComparison.Ordinal);
            var otherAlias = dot < 0 ? alias : other.Substring(0, dot);
            var otherName = _plan.Column(otherAlias, dot < 0 ? other : other.Substring(dot + 1)).LogicalName;
            Func<int, bool> accepts = condition.Operator switch
            {
                ConditionOperator.Equal => order => order == 0,
                ConditionOperator.NotEqual => order => order != 0,
                ConditionOperator.GreaterThan => order => order > 0,
                ConditionOperator.GreaterEqual => order => order >= 0,
                ConditionOperator.LessThan => order => order < 0,
                ConditionOperator.LessEqual => order => order <= 0,
                _ => throw DataverseFaults.UnsupportedConditionOperator(condition.Operator + " comparing two columns"),
            };
            return row =>
            {
                var left = SqlValues.Normalize(row.Get(alias)?[name]);
                var right = SqlValues.Normalize(row.Get(otherAlias)?[otherName]);
                return left != null && right != null && accepts(SqlValues.Compare(left, right, _plan.Collation));
            };
        }
    }
}
