using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Json
{
    /// <summary>For a row written with no expansion of its own (the row a single-valued expansion brings).</summary>
    internal sealed class NoExpansions : IExpansions
    {
        public static readonly NoExpansions Instance = new();

        public Entity? Single(Entity row, ExpandShape expand) => null;

        public IReadOnlyList<Entity> Collection(Entity row, CollectionExpandShape expand) => Array.Empty<Entity>();
    }
}
