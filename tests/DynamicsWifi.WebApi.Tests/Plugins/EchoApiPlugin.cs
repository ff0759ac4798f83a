using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.WebApi.Tests.Plugins
{
    /// <summary>The main operation of the library solution's action lib_Echo: Text (and optional Count) in, Echo, Length
    /// and EchoedOn out; "reject" as the text fails it as a plug-in would refuse bad input.</summary>
    public sealed class EchoApiPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var text = (string)context.InputParameters["Text"];
            if (text == "reject")
            {
                throw new InvalidPluginExecutionException("LIB_REJECTED: Text was refused.");
            }

            var count = context.InputParameters.Contains("Count") && context.InputParameters["Count"] is int given ? given : 1;
            context.OutputParameters["Echo"] = string.Concat(System.Linq.Enumerable.Repeat(text, count));
            context.OutputParameters["Length"] = text.Length * count;
            context.OutputParameters["EchoedOn"] = new DateTime(2026, 3, 18, 15, 5, 0, DateTimeKind.Utc);
        }
    }
}
