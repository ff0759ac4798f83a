using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Benchmarks
{
    /// <summary>The main operation of the benchmark's custom API: one string in, one out.</summary>
    public sealed class EchoPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            context.OutputParameters["Echo"] = context.InputParameters["Text"];
        }
    }
}
