using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.WebApi.Json;
using DynamicsWifi.Emulator.WebApi.Queries;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.WebApi.Rows
{
    /// <summary>The rows the expansions of a response bring. A single-valued one comes with its row: from the outer
    /// link's aliased values when the row was queried, or retrieved by the lookup's id when it was retrieved on its own.
    /// A collection-valued one is read for every row of the response at once: one RetrieveMultiple of the related table
    /// whose lookup is in the rows' ids, with the expansion's $filter and $orderby, its $top applied per row.</summary>
    internal sealed class LoadedExpansions : IExpansions
    {
        private readonly IOrganizationService _service;
        private readonly Dictionary<CollectionExpandShape, ILookup<Guid, Entity>> _collections = new();

        private LoadedExpansions(IOrganizationService service)
        {
            _service = service;
        }

        public static LoadedExpansions For(IOrganizationService service, RowShape shape, IReadOnlyCollection<Entity> rows)
        {
            var loaded = new LoadedExpansions(service);
            foreach (var expand in shape.Collections)
            {
                loaded._collections[expand] = rows.Count == 0 ? Enumerable.Empty<Entity>().ToLookup(_ => Guid.Empty) : Related(service, expand, rows.Select(row => row.Id).Distinct().ToList());
            }

            return loaded;
        }

        public Entity? Single(Entity row, ExpandShape expand)
        {
            var target = expand.Navigation.Target;
            if (row.Attributes.TryGetValue(RowQueryBuilder.Aliased(expand, target.PrimaryIdAttribute), out var key))
            {
                return key is AliasedValue { Value: Guid id } ? FromAliases(row, expand, id) : null;
            }

            return row.GetAttributeValue<EntityReference>(expand.Navigation.Column.LogicalName) is { } reference && reference.LogicalName == target.LogicalName
                ? _service.Retrieve(reference.LogicalName, reference.Id, expand.Shape.ToColumnSet())
                : null;
        }

        public IReadOnlyList<Entity> Collection(Entity row, CollectionExpandShape expand)
        {
            var related = _collections[expand][row.Id];
            return (expand.Top is { } top ? related.Take(top) : related).ToList();
        }

        private static Entity FromAliases(Entity row, ExpandShape expand, Guid id)
        {
            var related = new Entity(expand.Navigation.Target.LogicalName, id);
            var prefix = expand.Navigation.Name + ".";
            foreach (var attribute in row.Attributes.Where(attribute => attribute.Key.StartsWith(prefix, StringComparison.Ordinal)))
            {
                var column = attribute.Key.Substring(prefix.Length);
                related[column] = attribute.Value is AliasedValue aliased ? aliased.Value : attribute.Value;
                if (row.FormattedValues.TryGetValue(attribute.Key, out var formatted))
                {
                    related.FormattedValues[column] = formatted;
                }
            }

            return related;
        }

        private static ILookup<Guid, Entity> Related(IOrganizationService service, CollectionExpandShape expand, IReadOnlyList<Guid> parentIds)
        {
            var lookup = expand.Navigation.Partner.Column.LogicalName;
            var query = new QueryExpression(expand.Navigation.Related.LogicalName) { ColumnSet = expand.Shape.ToColumnSet() };
            if (!query.ColumnSet.AllColumns && !query.ColumnSet.Columns.Contains(lookup))
            {
                query.ColumnSet.AddColumn(lookup);
            }

            query.Criteria.AddCondition(lookup, ConditionOperator.In, parentIds.Cast<object>().ToArray());
            if (expand.Filter != null)
            {
                query.Criteria.AddFilter(expand.Filter);
            }

            query.Orders.AddRange(expand.Orders);
            foreach (var single in expand.Shape.Expands)
            {
                query.LinkEntities.Add(RowQueryBuilder.Link(expand.Navigation.Related, single));
            }

            return AllPages(service, query).ToLookup(row => row.GetAttributeValue<EntityReference>(lookup)?.Id ?? Guid.Empty);
        }

        private static IEnumerable<Entity> AllPages(IOrganizationService service, QueryExpression query)
        {
            query.PageInfo = new PagingInfo { Count = RowQueryBuilder.MaxPageSize, PageNumber = 1 };
            while (true)
            {
                var page = service.RetrieveMultiple(query);
                foreach (var row in page.Entities)
                {
                    yield return row;
                }

                if (!page.MoreRecords)
                {
                    yield break;
                }

                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }
    }
}
