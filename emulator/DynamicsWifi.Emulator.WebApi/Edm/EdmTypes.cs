using DynamicsWifi.Emulator.Views;
using Microsoft.OData.Edm;

namespace DynamicsWifi.Emulator.WebApi.Edm
{
    /// <summary>The EDM primitive type of each column kind and custom API field kind, as Dataverse's $metadata types them
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-properties).</summary>
    internal static class EdmTypes
    {
        private static readonly EdmCoreModel Core = EdmCoreModel.Instance;

        /// <summary>Null for kinds the Web API does not expose as a plain property (lookups: see _x_value; party lists).</summary>
        public static IEdmPrimitiveTypeReference? OfColumn(ColumnKind kind) => kind switch
        {
            ColumnKind.PrimaryKey => Core.GetGuid(false),
            ColumnKind.Uniqueidentifier or ColumnKind.File => Core.GetGuid(true),
            ColumnKind.String or ColumnKind.Memo or ColumnKind.EntityName or ColumnKind.MultiSelectPicklist => Core.GetString(true),
            ColumnKind.Integer or ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status => Core.GetInt32(true),
            ColumnKind.BigInt => Core.GetInt64(true),
            ColumnKind.Decimal or ColumnKind.Money => Core.GetDecimal(true),
            ColumnKind.Double => Core.GetDouble(true),
            ColumnKind.Boolean => Core.GetBoolean(true),
            ColumnKind.DateTime => Core.GetDateTimeOffset(true),
            ColumnKind.DateOnly => Core.GetDate(true),
            ColumnKind.Image => Core.GetBinary(true),
            _ => null,
        };

        /// <summary>Null for the entity-typed kinds, which the model types by their table.</summary>
        public static IEdmTypeReference? OfField(CustomApiFieldKind kind) => kind switch
        {
            CustomApiFieldKind.Boolean => Core.GetBoolean(true),
            CustomApiFieldKind.DateTime => Core.GetDateTimeOffset(true),
            CustomApiFieldKind.Decimal or CustomApiFieldKind.Money => Core.GetDecimal(true),
            CustomApiFieldKind.Float => Core.GetDouble(true),
            CustomApiFieldKind.Integer or CustomApiFieldKind.Picklist => Core.GetInt32(true),
            CustomApiFieldKind.String => Core.GetString(true),
            CustomApiFieldKind.Guid => Core.GetGuid(true),
            CustomApiFieldKind.StringArray => new EdmCollectionTypeReference(new EdmCollectionType(Core.GetString(true))),
            _ => null,
        };
    }
}
