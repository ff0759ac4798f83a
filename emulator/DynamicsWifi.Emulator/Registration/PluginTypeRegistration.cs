using System;

namespace DynamicsWifi.Emulator.Registration
{
    /// <summary>A plug-in type of the solution's assembly (PluginType in customizations.xml).</summary>
    internal sealed class PluginTypeRegistration
    {
        public PluginTypeRegistration(Guid id, string typeName, string assemblyName)
        {
            Id = id;
            TypeName = typeName;
            AssemblyName = assemblyName;
        }

        public Guid Id { get; }

        /// <summary>Namespace and class name.</summary>
        public string TypeName { get; }

        /// <summary>The simple name of the assembly that holds it.</summary>
        public string AssemblyName { get; }
    }
}
