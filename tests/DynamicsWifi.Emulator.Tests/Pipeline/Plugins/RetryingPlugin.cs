using System;
using System.Collections.Concurrent;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Plugins
{
    /// <summary>Asks Dataverse to retry (OperationStatus.Retry) as many times as its configuration says, counting attempts
    /// per row in a static table (test plumbing, not a pattern for real plug-ins), then writes how many attempts it took.</summary>
    public sealed class RetryingPlugin : IPlugin
    {
        public static readonly ConcurrentDictionary<Guid, int> Attempts = new();

        private readonly int _failures;

        public RetryingPlugin(string unsecure)
        {
            _failures = int.Parse(unsecure, System.Globalization.CultureInfo.InvariantCulture);
        }

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var attempt = Attempts.AddOrUpdate(context.PrimaryEntityId, 1, (_, count) => count + 1);
            if (attempt <= _failures)
            {
                throw new InvalidPluginExecutionException(OperationStatus.Retry, "the receiver is down, try later");
            }

            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            factory.CreateOrganizationService(null).Update(new Entity("cr_library", context.PrimaryEntityId) { ["cr_visits"] = attempt });
        }
    }
}
