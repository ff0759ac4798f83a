using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Views;
using Microsoft.OData.Edm;

namespace DynamicsWifi.Emulator.WebApi.Edm
{
    /// <summary>Builds the CSDL model Dataverse's Web API would publish for the loaded organization: an entity type and
    /// set per table (keyed by the primary id, alternate keys annotated so keyed URLs parse), _x_value properties and
    /// single-valued navigation properties for lookups (with the parent's collection-valued partner where a
    /// relationship names one), WhoAmI, and an action or function per custom API.</summary>
    internal sealed class EdmModelBuilder
    {
        private readonly MetadataView _metadata;
        private readonly NavigationProperties _navigations;
        private readonly EdmModel _model = new();
        private readonly EdmEntityContainer _container = new(EdmNames.Namespace, EdmNames.Container);
        private readonly Dictionary<string, EdmEntityType> _types = new();
        private readonly Dictionary<string, EdmEntitySet> _sets = new();
        private readonly EdmEntityType _baseEntity = new(EdmNames.Namespace, EdmNames.BaseEntity, null, isAbstract: true, isOpen: false);

        private EdmModelBuilder(MetadataView metadata, NavigationProperties navigations)
        {
            _metadata = metadata;
            _navigations = navigations;
        }

        /// <summary>The model with every custom API (private ones are callable), or without the private ones (what
        /// $metadata shows).</summary>
        public static IEdmModel Build(MetadataView metadata, NavigationProperties navigations, bool includePrivateApis) =>
            new EdmModelBuilder(metadata, navigations).Run(includePrivateApis);

        private IEdmModel Run(bool includePrivateApis)
        {
            _model.AddElement(_baseEntity);
            _model.AddElement(_container);
            foreach (var table in _metadata.Tables)
            {
                AddTable(table);
            }

            foreach (var lookup in _navigations.Lookups)
            {
                AddNavigation(lookup);
            }

            foreach (var table in _metadata.Tables)
            {
                AddAlternateKeys(table);
            }

            new EdmOperationBuilder(_model, _container, _types).AddWhoAmI();
            var operations = new EdmOperationBuilder(_model, _container, _types);
            foreach (var api in _metadata.CustomApis.Where(api => includePrivateApis || !api.IsPrivate))
            {
                operations.Add(api);
            }

            return _model;
        }

        private void AddTable(TableView table)
        {
            var type = new EdmEntityType(EdmNames.Namespace, table.LogicalName, _baseEntity);
            foreach (var column in table.Columns.Values.OrderBy(column => column.LogicalName, System.StringComparer.Ordinal))
            {
                if (column.Kind == ColumnKind.Lookup)
                {
                    type.AddStructuralProperty(EdmNames.LookupValue(column.LogicalName), EdmCoreModel.Instance.GetGuid(true));
                }
                else if (EdmTypes.OfColumn(column.Kind) is { } edmType)
                {
                    var property = type.AddStructuralProperty(column.LogicalName, edmType);
                    if (column.Kind == ColumnKind.PrimaryKey)
                    {
                        type.AddKeys(property);
                    }
                }
            }

            _model.AddElement(type);
            _types[table.LogicalName] = type;
            _sets[table.LogicalName] = _container.AddEntitySet(table.EntitySetName, type);
        }

        /// <summary>The lookup's single-valued property, constrained by its _x_value property as Dataverse's CSDL writes
        /// it, and the parent's collection-valued partner when a relationship names one.</summary>
        private void AddNavigation(LookupNavigation lookup)
        {
            var type = _types[lookup.Table.LogicalName];
            var target = _types[lookup.Target.LogicalName];
            var single = new EdmNavigationPropertyInfo
            {
                Name = lookup.Name,
                Target = target,
                TargetMultiplicity = EdmMultiplicity.ZeroOrOne,
                DependentProperties = new[] { (IEdmStructuralProperty)type.FindProperty(EdmNames.LookupValue(lookup.Column.LogicalName)) },
                PrincipalProperties = target.Key(),
            };
            if (lookup.Partner == null)
            {
                _sets[lookup.Table.LogicalName].AddNavigationTarget(type.AddUnidirectionalNavigation(single), _sets[lookup.Target.LogicalName]);
                return;
            }

            var navigation = type.AddBidirectionalNavigation(single, new EdmNavigationPropertyInfo
            {
                Name = lookup.Partner,
                Target = type,
                TargetMultiplicity = EdmMultiplicity.Many,
            });
            _sets[lookup.Table.LogicalName].AddNavigationTarget(navigation, _sets[lookup.Target.LogicalName]);
            _sets[lookup.Target.LogicalName].AddNavigationTarget(navigation.Partner, _sets[lookup.Table.LogicalName]);
        }

        private void AddAlternateKeys(TableView table)
        {
            var type = _types[table.LogicalName];
            foreach (var key in table.Keys)
            {
                var properties = new Dictionary<string, IEdmProperty>();
                foreach (var column in key.Columns)
                {
                    var name = table.Columns.TryGetValue(column, out var view) && view.Kind == ColumnKind.Lookup ? EdmNames.LookupValue(column) : column;
                    if (type.FindProperty(name) is { } property)
                    {
                        properties[name] = property;
                    }
                }

                if (properties.Count == key.Columns.Count)
                {
                    _model.AddAlternateKeyAnnotation(type, properties);
                }
            }
        }
    }
}
