using System;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>The rule both bulk messages share: every item is of the collection's one table.</summary>
    internal static class BulkTargets
    {
        public static void RequireOneTable(EntityCollection targets)
        {
            var table = targets.EntityName;
            if (string.IsNullOrEmpty(table) || targets.Entities.Any(target => !string.Equals(target.LogicalName, table, StringComparison.Ordinal)))
            {
                throw DataverseFaults.InvalidArgument("All the entities in the Targets collection must be of the type given by its EntityName.");
            }
        }
    }
}
