using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    // One rule for typed reads from the SDK's keyed collections (entity attributes, request parameters):
    // a null value is read as default(T) only when T can hold null.
    internal static class ValueOf
    {
        internal static bool TryRead<T>(DataCollection<string, object> collection, string key, out T value)
        {
            if (key != null && collection.TryGetValue(key, out var stored))
            {
                if (stored is T typed)
                {
                    value = typed;
                    return true;
                }

                if (stored == null && default(T) == null)
                {
                    value = default;
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}
