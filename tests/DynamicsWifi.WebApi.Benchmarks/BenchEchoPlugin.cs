using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.WebApi.Benchmarks
{
    /// <summary>The main operation of cr_BenchEcho: one string in, the same string out.</summary>
    public sealed class BenchEchoPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            context.OutputParameters["Echo"] = context.InputParameters["Text"];
        }
    }
}
