using System;
using DynamicsWifi.Emulator.Metadata;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>The value handed to IRowSource.FindByIndex: the plain CLR value of the column, never an SDK wrapper
    /// (Guid for primary keys and lookups, string as given for text, int for choices, decimal for money).</summary>
    internal static class IndexKey
    {
        public static object? For(ColumnMetadata column, object? normalized)
        {
            if (normalized == null)
            {
                return null;
            }

            return column.Type switch
            {
                ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status => normalized is decimal number ? (object)(int)number : null,
                ColumnType.BigInt => normalized is decimal number ? (object)(long)number : null,
                ColumnType.MultiSelectPicklist or ColumnType.Memo or ColumnType.Image or ColumnType.PartyList => null,
                _ => normalized,
            };
        }

        public static bool IsIndexable(ColumnMetadata column) =>
            column.Type is not (ColumnType.MultiSelectPicklist or ColumnType.Memo or ColumnType.Image or ColumnType.PartyList);

        public static bool IsPrimaryKey(ColumnMetadata column) => column.Type == ColumnType.PrimaryKey;

        public static Guid? AsId(object? normalized) => normalized is Guid id ? id : null;
    }
}
