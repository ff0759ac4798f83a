using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>Copies of stored values for a result, so a caller changing what it received never changes the store.</summary>
    internal static class ValueCopy
    {
        public static object? Of(object? value) => value switch
        {
            EntityReference reference => new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name },
            Money money => new Money(money.Value),
            OptionSetValue option => new OptionSetValue(option.Value),
            OptionSetValueCollection options => new OptionSetValueCollection(options.Select(option => new OptionSetValue(option.Value)).ToList()),
            byte[] bytes => (byte[])bytes.Clone(),
            EntityCollection collection => Copy(collection),
            _ => value,
        };

        // Activity parties: each party row copied with its own values copied.
        private static EntityCollection Copy(EntityCollection collection)
        {
            var copy = new EntityCollection { EntityName = collection.EntityName };
            foreach (var entity in collection.Entities)
            {
                var party = new Entity(entity.LogicalName, entity.Id);
                foreach (var pair in entity.Attributes)
                {
                    party[pair.Key] = Of(pair.Value);
                }

                copy.Entities.Add(party);
            }

            return copy;
        }
    }
}
