using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Metadata.Export;

namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>Reads SolutionPluginAssemblies/PluginAssembly/PluginTypes/PluginType of customizations.xml: the types
    /// steps and custom APIs may run (plug-ins and custom workflow activities alike).</summary>
    internal static class PluginTypeReader
    {
        public static IReadOnlyList<PluginTypeRegistration> Read(XElement customizations)
        {
            var types = new List<PluginTypeRegistration>();
            foreach (var assembly in customizations.Path("SolutionPluginAssemblies", "PluginAssembly"))
            {
                var assemblyFullName = assembly.AttributeText("FullName");
                foreach (var type in assembly.Path("PluginTypes", "PluginType"))
                {
                    types.Add(ReadType(type, assemblyFullName));
                }
            }

            var repeated = types.GroupBy(type => type.Id).FirstOrDefault(group => group.Count() > 1);
            if (repeated != null)
            {
                throw new InvalidDataException($"Plug-in types '{string.Join("', '", repeated.Select(type => type.TypeName))}' share the PluginTypeId {repeated.Key}.");
            }

            return types;
        }

        private static PluginTypeRegistration ReadType(XElement type, string? assemblyFullName)
        {
            var qualified = type.AttributeText("AssemblyQualifiedName");
            var name = type.AttributeText("Name") ?? (qualified == null ? null : TypeNames.FullName(qualified))
                ?? throw new InvalidDataException("A PluginType has neither a Name nor an AssemblyQualifiedName.");
            var idText = type.AttributeText("PluginTypeId");
            if (!Guid.TryParse(idText, out var id))
            {
                throw new InvalidDataException($"Plug-in type '{name}' has no valid PluginTypeId ('{idText}').");
            }

            var assemblyName = (qualified == null ? null : TypeNames.AssemblyName(qualified))
                ?? (assemblyFullName == null ? null : TypeNames.FullName(assemblyFullName))
                ?? throw new InvalidDataException($"Plug-in type '{name}' names no assembly (no AssemblyQualifiedName, no PluginAssembly FullName).");
            return new PluginTypeRegistration(id, TypeNames.FullName(name), assemblyName);
        }
    }
}
