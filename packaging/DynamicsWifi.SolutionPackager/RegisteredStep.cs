using System;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>A step as customizations.xml registers it.</summary>
    public sealed record RegisteredStep(Guid Id, string Name, string PluginTypeName, Guid? PluginTypeId);
}
