using System;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>A plug-in type as customizations.xml registers it.</summary>
    public sealed record RegisteredPluginType(string Name, string AssemblyQualifiedName, Guid Id);
}
