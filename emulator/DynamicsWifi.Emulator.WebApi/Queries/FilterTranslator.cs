using System;
using System.Linq;
using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.WebApi.Queries
{
    /// <summary>Turns a $filter parsed by Microsoft.OData into the FilterExpression Dataverse runs for it
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows): comparisons, and/or/not (not
    /// pushed down to the conditions, as SQL's NOT over them), contains/startswith/endswith as like, eq/ne null as
    /// null/not-null, in, and lookups as _x_value.</summary>
    internal sealed class FilterTranslator
    {
        private readonly TableView _table;

        public FilterTranslator(TableView table)
        {
            _table = table;
        }

        public FilterExpression Translate(SingleValueNode node)
        {
            var translated = Build(node, negate: false);
            if (translated is FilterExpression filter)
            {
                return filter;
            }

            var root = new FilterExpression(LogicalOperator.And);
            root.AddCondition((ConditionExpression)translated);
            return root;
        }

        private object Build(SingleValueNode node, bool negate)
        {
            switch (Unwrap(node))
            {
                case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And or BinaryOperatorKind.Or } logical:
                    var isAnd = logical.OperatorKind == BinaryOperatorKind.And;
                    var filter = new FilterExpression(isAnd != negate ? LogicalOperator.And : LogicalOperator.Or);
                    Add(filter, Build(logical.Left, negate));
                    Add(filter, Build(logical.Right, negate));
                    return filter;
                case BinaryOperatorNode comparison:
                    return Compare(comparison, negate);
                case UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } not:
                    return Build(not.Operand, !negate);
                case SingleValueFunctionCallNode call:
                    return Function(call, negate);
                case InNode inNode:
                    var values = ((CollectionConstantNode)inNode.Right).Collection.Select(constant => constant.Value).ToArray();
                    var inColumn = Column(inNode.Left);
                    return new ConditionExpression(inColumn.LogicalName, negate ? ConditionOperator.NotIn : ConditionOperator.In, values.Select(value => LiteralValues.ForCondition(value, inColumn)).ToArray());
                case SingleValuePropertyAccessNode flag when flag.TypeReference.IsBoolean():
                    return new ConditionExpression(Column(flag).LogicalName, ConditionOperator.Equal, !negate);
                default:
                    throw NotSupported(node);
            }
        }

        private ConditionExpression Compare(BinaryOperatorNode comparison, bool negate)
        {
            var left = Unwrap(comparison.Left);
            var right = Unwrap(comparison.Right);
            var kind = comparison.OperatorKind;
            if (left is ConstantNode && right is not ConstantNode)
            {
                (left, right) = (right, left);
                kind = Mirrored(kind);
            }

            if (right is not ConstantNode constant)
            {
                throw NotSupported(comparison);
            }

            var column = Column(left);
            if (constant.Value == null)
            {
                var isNull = kind switch
                {
                    BinaryOperatorKind.Equal => true,
                    BinaryOperatorKind.NotEqual => false,
                    _ => throw NotSupported(comparison),
                };
                return new ConditionExpression(column.LogicalName, isNull != negate ? ConditionOperator.Null : ConditionOperator.NotNull);
            }

            var op = kind switch
            {
                BinaryOperatorKind.Equal => negate ? ConditionOperator.NotEqual : ConditionOperator.Equal,
                BinaryOperatorKind.NotEqual => negate ? ConditionOperator.Equal : ConditionOperator.NotEqual,
                BinaryOperatorKind.GreaterThan => negate ? ConditionOperator.LessEqual : ConditionOperator.GreaterThan,
                BinaryOperatorKind.GreaterThanOrEqual => negate ? ConditionOperator.LessThan : ConditionOperator.GreaterEqual,
                BinaryOperatorKind.LessThan => negate ? ConditionOperator.GreaterEqual : ConditionOperator.LessThan,
                BinaryOperatorKind.LessThanOrEqual => negate ? ConditionOperator.GreaterThan : ConditionOperator.LessEqual,
                _ => throw NotSupported(comparison),
            };
            return new ConditionExpression(column.LogicalName, op, LiteralValues.ForCondition(constant.Value, column));
        }

        private ConditionExpression Function(SingleValueFunctionCallNode call, bool negate)
        {
            var arguments = call.Parameters.Select(argument => Unwrap((SingleValueNode)argument)).ToList();
            if (arguments.Count != 2 || arguments[1] is not ConstantNode { Value: string text })
            {
                throw NotSupported(call);
            }

            var column = Column(arguments[0]);
            return call.Name switch
            {
                "contains" => new ConditionExpression(column.LogicalName, negate ? ConditionOperator.NotLike : ConditionOperator.Like, "%" + text + "%"),
                "startswith" => new ConditionExpression(column.LogicalName, negate ? ConditionOperator.DoesNotBeginWith : ConditionOperator.BeginsWith, text),
                "endswith" => new ConditionExpression(column.LogicalName, negate ? ConditionOperator.DoesNotEndWith : ConditionOperator.EndsWith, text),
                _ => throw NotSupported(call),
            };
        }

        private ColumnView Column(SingleValueNode node)
        {
            if (Unwrap(node) is SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode } property &&
                WebApiModel.TryGetColumn(_table, property.Property.Name, out var column))
            {
                return column;
            }

            throw NotSupported(node);
        }

        private static void Add(FilterExpression filter, object child)
        {
            if (child is FilterExpression nested)
            {
                filter.AddFilter(nested);
            }
            else
            {
                filter.AddCondition((ConditionExpression)child);
            }
        }

        private static SingleValueNode Unwrap(SingleValueNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;

        private static BinaryOperatorKind Mirrored(BinaryOperatorKind kind) => kind switch
        {
            BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
            BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
            BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
            BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
            _ => kind,
        };

        private static WebApiException NotSupported(QueryNode node) =>
            WebApiException.BadRequest($"This $filter ({node.Kind}) is not supported by the local Web API host; see its README for the supported expressions.");
    }
}
