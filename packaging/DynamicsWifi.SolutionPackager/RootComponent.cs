using System;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>A component solution.xml lists in RootComponents.</summary>
    public sealed record RootComponent(int Type, Guid? Id, string? SchemaName);
}
