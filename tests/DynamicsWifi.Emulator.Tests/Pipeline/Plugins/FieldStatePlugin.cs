using System;
using System.Threading;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Plugins
{
    /// <summary>Keeps the row being saved in a field (the mistake Microsoft warns of): under parallel callers one call
    /// reads another's row, since Dataverse shares one instance across threads. Every call stores its row in the field,
    /// then waits at <see cref="Rendezvous"/> until all the test's callers have stored theirs, then reads the field back:
    /// that forces the interleaving in which a shared field is overwritten, instead of hoping the scheduler finds it.</summary>
    public sealed class FieldStatePlugin : IPlugin
    {
        private Entity? _target;

        /// <summary>Where the test's parallel callers meet; set by the test before it starts them.</summary>
        public static Barrier? Rendezvous { get; set; }

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            _target = (Entity)context.InputParameters["Target"];
            if (Rendezvous != null && !Rendezvous.SignalAndWait(TimeSpan.FromSeconds(30)))
            {
                throw new InvalidPluginExecutionException("The parallel callers never all reached the plug-in at once.");
            }

            var target = (Entity)context.InputParameters["Target"];
            target["cr_code"] = (string)_target["cr_name"];
        }
    }
}
