using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Query.Fetch
{
    /// <summary>Orders aggregate results by the fetch's order aliases, then by the group-by values, so the result is
    /// deterministic; nulls first, lookups by name and choices by label, as in plain queries.</summary>
    internal sealed class AggregateOrder : IComparer<Entity>
    {
        private readonly List<(string Alias, bool Descending)> _orders;
        private readonly TextCollation _collation;

        public AggregateOrder(List<(string Alias, bool Descending)> orders, List<string> groupAliases, List<AggregateMeasure> columns, LookupNames names, TextCollation collation)
        {
            _collation = collation;
            foreach (var (alias, _) in orders)
            {
                if (!columns.Any(column => string.Equals(column.Definition.Alias, alias, System.StringComparison.OrdinalIgnoreCase)))
                {
                    throw DataverseFaults.InvalidAggregateAlias();
                }
            }

            _orders = orders.Concat(groupAliases.Select(alias => (alias, false))).ToList();
            Names = names;
        }

        private LookupNames Names { get; }

        public int Compare(Entity? x, Entity? y)
        {
            foreach (var (alias, descending) in _orders)
            {
                var order = SqlValues.CompareNullable(Key(x, alias), Key(y, alias), _collation);
                if (order != 0)
                {
                    return descending ? -order : order;
                }
            }

            return 0;
        }

        private object? Key(Entity? entity, string alias)
        {
            if (entity == null || !entity.Attributes.TryGetValue(alias, out var value) || value is not AliasedValue aliased)
            {
                return null;
            }

            return aliased.Value switch
            {
                EntityReference reference => Names.NameOf(reference) ?? string.Empty,
                OptionSetValue option when entity.FormattedValues.TryGetValue(alias, out var label) => label,
                var other => SqlValues.Normalize(other),
            };
        }
    }
}
