using System;
using System.Linq;
using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Queries;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Routing
{
    /// <summary>The row a URL addresses: contacts(&lt;guid&gt;), or by an alternate key, contacts(cr_wifi_identitykey='…')
    /// or several columns (learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record).</summary>
    internal sealed class RowAddress
    {
        private RowAddress(TableView table, EntityReference reference)
        {
            Table = table;
            Reference = reference;
        }

        public TableView Table { get; }

        /// <summary>By id, or by key attributes (Id empty).</summary>
        public EntityReference Reference { get; }

        public static RowAddress From(TableView table, KeySegment key)
        {
            var keys = key.Keys.ToList();
            if (keys.Count == 1 && (keys[0].Key == table.PrimaryIdAttribute || keys[0].Value is Guid) && keys[0].Value is Guid id)
            {
                return new RowAddress(table, new EntityReference(table.LogicalName, id));
            }

            var attributes = new KeyAttributeCollection();
            foreach (var pair in keys)
            {
                if (!WebApiModel.TryGetColumn(table, pair.Key, out var column))
                {
                    throw WebApiException.BadRequest($"The key in the request URI is not valid for resource 'Microsoft.Dynamics.CRM.{table.LogicalName}'.");
                }

                attributes[column.LogicalName] = LiteralValues.ForKey(pair.Value, column);
            }

            return new RowAddress(table, new EntityReference(table.LogicalName, attributes));
        }

        public static RowAddress Of(TableView table, Guid id) => new(table, new EntityReference(table.LogicalName, id));

        /// <summary>The {set}({id}) URL the row is found at once its id is known (OData-EntityId).</summary>
        public static string UrlOf(TableView table, Guid id) => table.EntitySetName + "(" + id.ToString("D") + ")";
    }
}
