using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Fetch
{
    /// <summary>Reads the children of an entity or link-entity element into columns, filters, orders and links; in an
    /// aggregate fetch, attributes become aggregate or group-by columns and orders refer to aliases
    /// (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data).</summary>
    internal sealed class EntityReader
    {
        private readonly FetchQuery _fetch;
        private int _linkCount;

        public EntityReader(FetchQuery fetch)
        {
            _fetch = fetch;
        }

        public void ReadEntity(XElement element, ColumnSet columns, FilterExpression criteria, DataCollection<OrderExpression> orders, DataCollection<LinkEntity> links, string? alias)
        {
            foreach (var child in element.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "attribute":
                        ReadAttribute(child, columns, alias);
                        break;
                    case "all-attributes":
                        columns.AllColumns = true;
                        break;
                    case "no-attrs":
                        break;
                    case "order":
                        ReadOrder(child, orders);
                        break;
                    case "filter":
                        criteria.AddFilter(ReadFilter(child, 2));
                        break;
                    case "link-entity":
                        links.Add(ReadLink(child, element));
                        break;
                    default:
                        throw DataverseFaults.FetchInvalidNode(child.Name.LocalName);
                }
            }
        }

        private void ReadAttribute(XElement element, ColumnSet columns, string? alias)
        {
            var name = FetchXmlReader.Required(element, "name");
            var aggregate = ((string?)element.Attribute("aggregate"))?.Trim().ToLowerInvariant();
            var groupBy = FetchXmlReader.Flag(element, "groupby");
            var resultAlias = (string?)element.Attribute("alias");
            if (!_fetch.IsAggregate)
            {
                if (aggregate != null || groupBy)
                {
                    throw DataverseFaults.InvalidAggregate("aggregate and groupby need aggregate='true' on the fetch element.");
                }

                columns.AddColumn(name);
                if (!string.IsNullOrEmpty(resultAlias))
                {
                    _fetch.ColumnAliases.Add(new ColumnAlias(alias, name, resultAlias));
                }

                return;
            }

            if (aggregate == null && !groupBy)
            {
                throw DataverseFaults.AttributeWithAggregate();
            }

            if (aggregate != null && groupBy)
            {
                throw DataverseFaults.InvalidAggregate("An attribute can either be an aggregate or a Group By but not both.");
            }

            if (aggregate != null && string.IsNullOrEmpty(resultAlias))
            {
                throw DataverseFaults.InvalidAggregateAlias();
            }

            var function = groupBy ? AggregateFunction.GroupBy : aggregate switch
            {
                "count" => AggregateFunction.Count,
                "countcolumn" => AggregateFunction.CountColumn,
                "sum" => AggregateFunction.Sum,
                "avg" => AggregateFunction.Avg,
                "min" => AggregateFunction.Min,
                "max" => AggregateFunction.Max,
                _ => throw DataverseFaults.InvalidAggregate("Unknown aggregate '" + aggregate + "'."),
            };
            _fetch.Aggregates.Add(new AggregateColumn(
                resultAlias ?? name, alias, name, function, ReadDateGrouping(element), FetchXmlReader.Flag(element, "distinct")));
        }

        private static DateGrouping? ReadDateGrouping(XElement element)
        {
            var value = (string?)element.Attribute("dategrouping");
            return value?.Trim().ToLowerInvariant() switch
            {
                null => null,
                "day" => DateGrouping.Day,
                "week" => DateGrouping.Week,
                "month" => DateGrouping.Month,
                "quarter" => DateGrouping.Quarter,
                "year" => DateGrouping.Year,
                "fiscal-period" or "fiscal-year" => throw DataverseFaults.InvalidAggregate(
                    "dategrouping '" + value + "' needs the organization's fiscal year settings, which the emulator does not have."),
                _ => throw DataverseFaults.InvalidDateGrouping(value),
            };
        }

        private void ReadOrder(XElement element, DataCollection<OrderExpression> orders)
        {
            var attribute = (string?)element.Attribute("attribute");
            var alias = (string?)element.Attribute("alias");
            var descending = FetchXmlReader.Flag(element, "descending");
            if (_fetch.IsAggregate)
            {
                if (!string.IsNullOrEmpty(attribute) || string.IsNullOrEmpty(alias))
                {
                    throw DataverseFaults.OrderAttributeInAggregateQuery();
                }

                _fetch.AggregateOrders.Add((alias, descending));
                return;
            }

            if (!string.IsNullOrEmpty(alias) && string.IsNullOrEmpty(attribute))
            {
                throw DataverseFaults.OrderAliasInNonAggregateQuery();
            }

            var order = new OrderExpression(
                FetchXmlReader.Required(element, "attribute"),
                descending ? OrderType.Descending : OrderType.Ascending);
            order.EntityName = (string?)element.Attribute("entityname");
            orders.Add(order);
        }

        // Depth counts as QueryPlan counts it (the entity's criteria is level 1), checked before going deeper so a hostile
        // document cannot overflow the stack.
        private static FilterExpression ReadFilter(XElement element, int depth)
        {
            if (depth > FilterDepth.Maximum)
            {
                throw DataverseFaults.FilterNestedTooDeeply(FilterDepth.Maximum);
            }

            var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant() ?? "and";
            var filter = new FilterExpression(type switch
            {
                "and" => LogicalOperator.And,
                "or" => LogicalOperator.Or,
                _ => throw DataverseFaults.FetchInvalidFilterType(type),
            });
            foreach (var child in element.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "condition":
                        filter.AddCondition(ReadCondition(child));
                        break;
                    case "filter":
                        filter.AddFilter(ReadFilter(child, depth + 1));
                        break;
                    default:
                        throw DataverseFaults.FetchInvalidNode(child.Name.LocalName);
                }
            }

            return filter;
        }

        private static ConditionExpression ReadCondition(XElement element)
        {
            var attribute = FetchXmlReader.Required(element, "attribute");
            var name = FetchXmlReader.Required(element, "operator").Trim().ToLowerInvariant();
            if (!FetchOperators.ByName.TryGetValue(name, out var op))
            {
                throw DataverseFaults.UnsupportedConditionOperator(name);
            }

            var condition = new ConditionExpression(attribute, op)
            {
                EntityName = (string?)element.Attribute("entityname"),
            };
            var valueOf = (string?)element.Attribute("valueof");
            if (!string.IsNullOrEmpty(valueOf))
            {
                condition.CompareColumns = true;
                condition.Values.Add(valueOf);
                return condition;
            }

            var single = (string?)element.Attribute("value");
            if (single != null)
            {
                condition.Values.Add(single);
            }

            foreach (var value in element.Elements())
            {
                if (value.Name.LocalName != "value")
                {
                    throw DataverseFaults.FetchInvalidNode(value.Name.LocalName);
                }

                condition.Values.Add(value.Value);
            }

            return condition;
        }

        private LinkEntity ReadLink(XElement element, XElement parent)
        {
            var linkType = ((string?)element.Attribute("link-type"))?.Trim().ToLowerInvariant() ?? "inner";
            var join = linkType switch
            {
                "inner" => JoinOperator.Inner,
                "outer" => JoinOperator.LeftOuter,
                "natural" => JoinOperator.Natural,
                "in" => JoinOperator.In,
                "exists" => JoinOperator.Exists,
                "any" => JoinOperator.Any,
                "not-any" => JoinOperator.NotAny,
                "all" => JoinOperator.All,
                "not-all" => JoinOperator.NotAll,
                "matchfirstrowusingcrossapply" => JoinOperator.MatchFirstRowUsingCrossApply,
                _ => throw DataverseFaults.FetchInvalidLinkType(linkType),
            };

            // In fetch XML "from" names the linked table's column and "to" the parent's: the reverse of LinkEntity.
            var link = new LinkEntity(
                FetchXmlReader.Required(parent, "name"),
                FetchXmlReader.Required(element, "name"),
                FetchXmlReader.Required(element, "to"),
                FetchXmlReader.Required(element, "from"),
                join)
            {
                EntityAlias = (string?)element.Attribute("alias"),
            };
            // The alias QueryPlan gives a link without one: its table and its place in the query. The limit QueryPlan
            // enforces is checked here too, before going deeper, so nested link-entity elements cannot overflow the stack.
            if (++_linkCount > QueryPlan.MaxLinkEntities)
            {
                throw DataverseFaults.TooManyLinkEntities();
            }

            var alias = string.IsNullOrEmpty(link.EntityAlias)
                ? link.LinkToEntityName + _linkCount.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : link.EntityAlias;
            ReadEntity(element, link.Columns, link.LinkCriteria, link.Orders, link.LinkEntities, alias);
            return link;
        }
    }
}
