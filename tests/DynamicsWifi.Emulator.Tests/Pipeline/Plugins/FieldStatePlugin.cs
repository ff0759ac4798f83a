using System;
using System.Threading;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Plugins
{
    /// <summary>Keeps the row being saved in a field (the mistake Microsoft warns of): under parallel callers one call
    /// reads another's row, since Dataverse shares one instance across threads.</summary>
    public sealed class FieldStatePlugin : IPlugin
    {
        private Entity? _target;

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            _target = (Entity)context.InputParameters["Target"];
            Thread.Sleep(5);
            var target = (Entity)context.InputParameters["Target"];
            target["cr_code"] = (string)_target["cr_name"];
        }
    }
}
