using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Plugins
{
    /// <summary>The main operation of the test custom API cr_Echo: Text in, Echo and Length out.</summary>
    public sealed class EchoApiPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var text = (string)context.InputParameters["Text"];
            context.OutputParameters["Echo"] = text;
            context.OutputParameters["Length"] = text.Length;
        }
    }
}
