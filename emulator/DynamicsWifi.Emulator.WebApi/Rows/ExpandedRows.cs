using System.Linq;
using DynamicsWifi.Emulator.WebApi.Json;
using DynamicsWifi.Emulator.WebApi.Queries;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.WebApi.Rows
{
    /// <summary>The row an expansion brings: for a collection, rebuilt from the outer link's aliased values; for a
    /// single row, retrieved by the lookup's id through the organization service.</summary>
    internal static class ExpandedRows
    {
        public static Entity? FromAliases(Entity row, ExpandShape expand)
        {
            var target = expand.Navigation.Target;
            var prefix = expand.Navigation.Name + ".";
            if (!row.Attributes.TryGetValue(RowQueryBuilder.Aliased(expand, target.PrimaryIdAttribute), out var key) || key is not AliasedValue { Value: System.Guid id })
            {
                return null;
            }

            var related = new Entity(target.LogicalName, id);
            foreach (var attribute in row.Attributes.Where(attribute => attribute.Key.StartsWith(prefix, System.StringComparison.Ordinal)))
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

        public static Entity? Retrieve(IOrganizationService service, Entity row, ExpandShape expand) =>
            row.GetAttributeValue<EntityReference>(expand.Navigation.Column.LogicalName) is { } reference &&
            reference.LogicalName == expand.Navigation.Target.LogicalName
                ? service.Retrieve(reference.LogicalName, reference.Id, expand.Shape.ToColumnSet())
                : null;
    }
}
