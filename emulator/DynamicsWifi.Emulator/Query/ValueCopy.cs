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
            _ => value,
        };
    }
}
