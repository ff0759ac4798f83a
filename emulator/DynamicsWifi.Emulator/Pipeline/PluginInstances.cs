using System;
using System.Collections.Concurrent;
using System.Reflection;
using DynamicsWifi.Emulator.Registration;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>One plug-in instance per registered step, built as Dataverse builds it (the (unsecure, secure)
    /// constructor when the type has one, else (unsecure), else none), then cached and shared by every execution on
    /// every thread: a plug-in that keeps per-call state in fields misbehaves here as in Dataverse
    /// (learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/develop-iplugin-implementations-stateless).</summary>
    internal sealed class PluginInstances
    {
        private readonly Assembly? _assembly;
        private readonly ConcurrentDictionary<Guid, IPlugin> _instances = new();

        public PluginInstances(Assembly? assembly)
        {
            _assembly = assembly;
        }

        public IPlugin For(Guid stepId, string typeName, string? unsecureConfiguration, string? secureConfiguration) =>
            _instances.GetOrAdd(stepId, _ => Create(typeName, unsecureConfiguration, secureConfiguration));

        private IPlugin Create(string typeName, string? unsecure, string? secure)
        {
            var type = _assembly?.GetType(typeName, throwOnError: false)
                ?? throw new InvalidOperationException($"The plug-in type '{typeName}' the solution registers is not in the plug-in assembly given to the emulator.");
            if (!typeof(IPlugin).IsAssignableFrom(type))
            {
                throw new InvalidOperationException($"'{typeName}' does not implement IPlugin.");
            }

            var withBoth = type.GetConstructor(new[] { typeof(string), typeof(string) });
            if (withBoth != null)
            {
                return (IPlugin)withBoth.Invoke(new object?[] { unsecure, secure });
            }

            var withUnsecure = type.GetConstructor(new[] { typeof(string) });
            return withUnsecure != null ? (IPlugin)withUnsecure.Invoke(new object?[] { unsecure }) : (IPlugin)Activator.CreateInstance(type)!;
        }
    }
}
