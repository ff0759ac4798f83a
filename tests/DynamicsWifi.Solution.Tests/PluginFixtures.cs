using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Solution.Tests.PluginFixtures
{
    // Shapes a plug-in assembly may take; PluginAssemblyReaderTests reads this test assembly to find them.
    public abstract class PluginBase : IPlugin
    {
        public abstract void Execute(IServiceProvider serviceProvider);
    }

    public sealed class DerivedPlugin : PluginBase
    {
        public override void Execute(IServiceProvider serviceProvider)
        {
        }
    }

    public abstract class TypedPluginBase<TRequest> : PluginBase
    {
        public override void Execute(IServiceProvider serviceProvider)
        {
        }
    }

    public sealed class GenericDerivedPlugin : TypedPluginBase<string>
    {
    }

    public interface IWifiPlugin : IPlugin
    {
    }

    public sealed class InterfaceDerivedPlugin : IWifiPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }

        public sealed class NestedPlugin : IPlugin
        {
            public void Execute(IServiceProvider serviceProvider)
            {
            }
        }
    }

    public sealed class NotAPlugin
    {
    }
}
