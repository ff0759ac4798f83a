using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Json;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.WebApi.Queries
{
    /// <summary>Builds the QueryExpression for a collection GET from the options Microsoft.OData parsed: $select, $filter,
    /// $orderby, $top, $count, $expand of single-valued navigation properties (an outer link per expansion; collection-
    /// valued ones are read by a query of their own, see LoadedExpansions), and paging from Prefer: odata.maxpagesize
    /// and $skiptoken (5,000 rows a page at most, as Dataverse serves).</summary>
    internal static class RowQueryBuilder
    {
        public const int MaxPageSize = 5000;

        public static RowQuery Build(WebApiModel model, TableView table, ODataUriParser parser, int? maxPageSize)
        {
            try
            {
                var shape = Shape(model, table, parser.ParseSelectAndExpand());
                var query = new QueryExpression(table.LogicalName) { ColumnSet = shape.ToColumnSet() };
                if (parser.ParseFilter() is { } filter)
                {
                    query.Criteria = new FilterTranslator(table).Translate(filter.Expression);
                }

                query.Orders.AddRange(Orders(table, parser.ParseOrderBy()));
                foreach (var expand in shape.Expands)
                {
                    query.LinkEntities.Add(Link(table, expand));
                }

                var counted = parser.ParseCount() == true;
                if (parser.ParseTop() is { } top)
                {
                    query.TopCount = (int)Math.Min(top, MaxPageSize);
                }
                else
                {
                    var token = parser.ParseSkipToken() is { } text ? SkipToken.Parse(text) : null;
                    query.PageInfo = new PagingInfo
                    {
                        Count = Math.Min(maxPageSize ?? MaxPageSize, MaxPageSize),
                        PageNumber = token?.PageNumber ?? 1,
                        PagingCookie = token?.PagingCookie,
                        ReturnTotalRecordCount = counted,
                    };
                }

                return new RowQuery(query, shape, counted);
            }
            catch (ODataException failure)
            {
                throw WebApiException.BadRequest(failure.Message);
            }
        }

        /// <summary>The row shape of $select and $expand, for a collection or a single row.</summary>
        public static RowShape Shape(WebApiModel model, TableView table, SelectExpandClause? clause)
        {
            if (clause == null)
            {
                return RowShape.All(model.Navigations, table);
            }

            var selected = clause.AllSelected ? null : new List<ColumnView>();
            var expands = new List<ExpandShape>();
            var collections = new List<CollectionExpandShape>();
            foreach (var item in clause.SelectedItems)
            {
                switch (item)
                {
                    case PathSelectItem { SelectedPath.LastSegment: PropertySegment property }:
                        if (!WebApiModel.TryGetColumn(table, property.Property.Name, out var column))
                        {
                            throw WebApiException.NoProperty(property.Property.Name, table.LogicalName);
                        }

                        selected?.Add(column);
                        break;
                    case ExpandedNavigationSelectItem { PathToNavigationProperty.LastSegment: NavigationPropertySegment navigation } expanded:
                        if (model.Navigations.TryGetLookup(table, navigation.NavigationProperty.Name, out var lookup))
                        {
                            var related = Shape(model, lookup.Target, expanded.SelectAndExpand);
                            if (related.Expands.Count > 0 || related.Collections.Count > 0)
                            {
                                throw WebApiException.BadRequest($"The local Web API host does not expand navigation properties inside the expansion of '{lookup.Name}'.");
                            }

                            expands.Add(new ExpandShape(lookup, related));
                        }
                        else if (model.Navigations.TryGetCollection(table, navigation.NavigationProperty.Name, out var collection))
                        {
                            collections.Add(CollectionExpand(model, collection, expanded));
                        }
                        else
                        {
                            throw WebApiException.BadRequest($"The navigation property '{navigation.NavigationProperty.Name}' cannot be expanded.");
                        }

                        break;
                    default:
                        throw WebApiException.BadRequest("This $select or $expand item is not supported by the local Web API host.");
                }
            }

            return new RowShape(model.Navigations, table, selected?.Distinct().ToList(), expands, collections);
        }

        /// <summary>The orders of $orderby, on the table's own properties.</summary>
        public static IEnumerable<OrderExpression> Orders(TableView table, OrderByClause? clause)
        {
            for (var order = clause; order != null; order = order.ThenBy)
            {
                yield return new OrderExpression(OrderColumn(table, order.Expression), order.Direction == OrderByDirection.Ascending ? OrderType.Ascending : OrderType.Descending);
            }
        }

        /// <summary>The outer link that brings a single-valued expansion's row along with each row.</summary>
        public static LinkEntity Link(TableView table, ExpandShape expand)
        {
            var target = expand.Navigation.Target;
            var link = new LinkEntity(table.LogicalName, target.LogicalName, expand.Navigation.Column.LogicalName, target.PrimaryIdAttribute, JoinOperator.LeftOuter)
            {
                EntityAlias = expand.Navigation.Name,
                Columns = expand.Shape.ToColumnSet(),
            };
            if (!link.Columns.AllColumns && !link.Columns.Columns.Contains(target.PrimaryIdAttribute))
            {
                link.Columns.AddColumn(target.PrimaryIdAttribute);
            }

            return link;
        }

        /// <summary>A collection-valued expansion with its own $select, $filter, $orderby and $top; inside it, single-valued
        /// expansions only (Dataverse does not nest a collection in a collection's $orderby or $top either).</summary>
        private static CollectionExpandShape CollectionExpand(WebApiModel model, CollectionNavigation navigation, ExpandedNavigationSelectItem expanded)
        {
            var related = navigation.Related;
            var shape = Shape(model, related, expanded.SelectAndExpand);
            if (shape.Collections.Count > 0)
            {
                throw WebApiException.BadRequest($"A collection-valued navigation property cannot be expanded inside the expansion of '{navigation.Name}'.");
            }

            var filter = expanded.FilterOption == null ? null : new FilterTranslator(related).Translate(expanded.FilterOption.Expression);
            var top = expanded.TopOption is { } count ? (int)Math.Min(count, MaxPageSize) : (int?)null;
            return new CollectionExpandShape(navigation, shape, filter, Orders(related, expanded.OrderByOption).ToList(), top);
        }

        /// <summary>The attribute an expansion's values come back under: {navigation}.{column}.</summary>
        public static string Aliased(ExpandShape expand, string column) => expand.Navigation.Name + "." + column;

        private static string OrderColumn(TableView table, SingleValueNode node)
        {
            var unwrapped = node is ConvertNode convert ? convert.Source : node;
            if (unwrapped is SingleValuePropertyAccessNode property && WebApiModel.TryGetColumn(table, property.Property.Name, out var column))
            {
                return column.LogicalName;
            }

            throw WebApiException.BadRequest("$orderby supports the table's own properties only.");
        }
    }
}
