using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Views;

namespace DynamicsWifi.Emulator.WebApi.Edm
{
    /// <summary>Every navigation property of the organization, named as Dataverse's Web API names them
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-navigation-properties): a lookup's
    /// single-valued property takes its relationship's ReferencingEntityNavigationPropertyName and the parent's
    /// collection-valued property its ReferencedEntityNavigationPropertyName, as the solution's export names them (case
    /// kept). Where the solution names none (the emulator's own standard relationships, lookups with no relationship):
    /// the lookup's logical name, or lookup_target for a lookup with several targets (Dataverse's parentcustomerid_account
    /// pattern); and the relationship's schema name for the collection, as Dataverse defaults it.</summary>
    internal sealed class NavigationProperties
    {
        private readonly Dictionary<(string Table, string Name), LookupNavigation> _lookups = new();
        private readonly Dictionary<(string Table, string Column, string Target), LookupNavigation> _byLookup = new();
        private readonly Dictionary<(string Table, string Name), CollectionNavigation> _collections = new();

        public NavigationProperties(MetadataView metadata)
        {
            var relationships = metadata.Relationships.ToLookup(relationship => (relationship.ReferencingTable, relationship.ReferencingColumn, relationship.ReferencedTable));
            foreach (var table in metadata.Tables)
            {
                foreach (var lookup in table.Columns.Values.Where(column => column.Kind == ColumnKind.Lookup))
                {
                    foreach (var target in lookup.LookupTargets)
                    {
                        if (!metadata.TryGetTable(target, out var targetTable))
                        {
                            continue;
                        }

                        var relationship = relationships[(table.LogicalName, lookup.LogicalName, target)].FirstOrDefault();
                        var name = relationship?.ReferencingNavigationPropertyName ?? DefaultName(lookup, target);
                        var partner = relationship == null ? null : relationship.ReferencedNavigationPropertyName ?? relationship.SchemaName;
                        if (IsTaken(table, name) || (partner != null && IsTaken(targetTable, partner)))
                        {
                            continue;
                        }

                        var navigation = new LookupNavigation(name, table, lookup, targetTable, partner);
                        _lookups[(table.LogicalName, name)] = navigation;
                        _byLookup[(table.LogicalName, lookup.LogicalName, target)] = navigation;
                        if (partner != null)
                        {
                            _collections[(target, partner)] = new CollectionNavigation(partner, targetTable, navigation);
                        }
                    }
                }
            }
        }

        public IEnumerable<LookupNavigation> Lookups => _lookups.Values;

        public bool TryGetLookup(TableView table, string name, out LookupNavigation navigation) =>
            _lookups.TryGetValue((table.LogicalName, name), out navigation!);

        public bool TryGetCollection(TableView table, string name, out CollectionNavigation navigation) =>
            _collections.TryGetValue((table.LogicalName, name), out navigation!);

        /// <summary>The single-valued property a lookup value of <paramref name="target"/> is reached by; null when the
        /// target is a table the organization does not model.</summary>
        public LookupNavigation? Of(TableView table, ColumnView lookup, string target) =>
            _byLookup.TryGetValue((table.LogicalName, lookup.LogicalName, target), out var navigation) ? navigation : null;

        private static string DefaultName(ColumnView lookup, string target) =>
            lookup.LookupTargets.Count > 1 ? lookup.LogicalName + "_" + target : lookup.LogicalName;

        // A navigation property may not share its name with a column's property or another navigation property.
        private bool IsTaken(TableView table, string name) =>
            (table.Columns.TryGetValue(name, out var column) && column.Kind != ColumnKind.Lookup) || _lookups.ContainsKey((table.LogicalName, name)) || _collections.ContainsKey((table.LogicalName, name));
    }
}
