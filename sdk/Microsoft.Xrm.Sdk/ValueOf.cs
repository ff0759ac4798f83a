using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    // One rule for typed reads from the SDK's keyed collections (entity attributes, request parameters), as
    // Microsoft's 9.2 assembly reads them: true only for a value of type T; a stored null reads as false and default.
    internal static class ValueOf
    {
        internal static bool TryRead<T>(DataCollection<string, object> collection, string key, out T value)
        {
            if (key != null && collection.TryGetValue(key, out var stored) && stored is T typed)
            {
                value = typed;
                return true;
            }

            value = default;
            return false;
        }
    }
}
