using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Json
{
    /// <summary>Where the rows an expansion brings come from, for the row being written.</summary>
    internal interface IExpansions
    {
        /// <summary>The row a single-valued property leads to; null when the lookup is empty.</summary>
        Entity? Single(Entity row, ExpandShape expand);

        /// <summary>The rows a collection-valued property leads to, in the expansion's order.</summary>
        IReadOnlyList<Entity> Collection(Entity row, CollectionExpandShape expand);
    }
}
