using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Benchmarks
{
    /// <summary>A plug-in that only reads its context: what registering a step costs by itself.</summary>
    public sealed class NoOpPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            _ = serviceProvider.GetService(typeof(IPluginExecutionContext));
        }
    }
}
