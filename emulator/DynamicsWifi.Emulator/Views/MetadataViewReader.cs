using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Security;

namespace DynamicsWifi.Emulator.Views
{
    /// <summary>Copies the immutable catalog and registrations into the public views, once, at start.</summary>
    internal static class MetadataViewReader
    {
        public static MetadataView Read(MetadataCatalog catalog, SolutionRegistrations registrations) => new(
            catalog.Tables.Select(Table),
            catalog.Relationships.Select(relationship => new RelationshipView(
                relationship.SchemaName,
                relationship.ReferencedTable,
                relationship.ReferencingTable,
                relationship.ReferencingColumn,
                relationship.ReferencingNavigationPropertyName,
                relationship.ReferencedNavigationPropertyName)).ToList(),
            registrations.CustomApis.Select(CustomApi).ToList(),
            new[] { OrganizationSecurity.SystemAdministratorRoleName }.Concat(registrations.Roles.Select(role => role.Name)).Distinct().ToList());

        private static TableView Table(TableMetadata table) => new(
            table.LogicalName,
            table.EntitySetName,
            table.PrimaryIdAttribute,
            table.PrimaryNameAttribute,
            table.Columns.Values.ToDictionary(column => column.LogicalName, Column),
            table.Keys.Select(key => new AlternateKeyView(key.SchemaName, key.Columns)).ToList());

        private static ColumnView Column(ColumnMetadata column) => new(
            column.LogicalName,
            KindOf(column),
            column.MaxLength,
            column.LookupTargets,
            column.Options,
            column.IsValidForCreate,
            column.IsValidForUpdate);

        private static ColumnKind KindOf(ColumnMetadata column) => column.Type switch
        {
            ColumnType.PrimaryKey => ColumnKind.PrimaryKey,
            ColumnType.String => ColumnKind.String,
            ColumnType.Memo => ColumnKind.Memo,
            ColumnType.Integer => ColumnKind.Integer,
            ColumnType.BigInt => ColumnKind.BigInt,
            ColumnType.Decimal => ColumnKind.Decimal,
            ColumnType.Double => ColumnKind.Double,
            ColumnType.Money => ColumnKind.Money,
            ColumnType.Boolean => ColumnKind.Boolean,
            ColumnType.DateTime => column.DateTimeBehavior == DateTimeBehavior.DateOnly ? ColumnKind.DateOnly : ColumnKind.DateTime,
            ColumnType.Lookup => ColumnKind.Lookup,
            ColumnType.Picklist => ColumnKind.Picklist,
            ColumnType.State => ColumnKind.State,
            ColumnType.Status => ColumnKind.Status,
            ColumnType.MultiSelectPicklist => ColumnKind.MultiSelectPicklist,
            ColumnType.UniqueIdentifier => ColumnKind.Uniqueidentifier,
            ColumnType.EntityName => ColumnKind.EntityName,
            ColumnType.Image => ColumnKind.Image,
            ColumnType.File => ColumnKind.File,
            _ => ColumnKind.PartyList,
        };

        private static CustomApiView CustomApi(CustomApiDefinition api) => new(
            api.UniqueName,
            api.BindingType,
            api.BoundEntityLogicalName,
            api.IsFunction,
            api.IsPrivate,
            api.RequestParameters.Select(Field).ToList(),
            api.ResponseProperties.Select(Field).ToList());

        private static CustomApiFieldView Field(CustomApiField field) =>
            new(field.UniqueName, (CustomApiFieldKind)(int)field.Type, field.LogicalEntityName, field.IsOptional);
    }
}
