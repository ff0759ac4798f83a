using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.WebApi.Tests.Plugins
{
    /// <summary>An asynchronous step on lib_loan create: writes "stamped" into the loan's name, so a test can see the
    /// host's background drain of asynchronous jobs and the System Job row it leaves.</summary>
    public sealed class StampLoanOnCreate : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            factory.CreateOrganizationService(null).Update(new Entity("lib_loan", context.PrimaryEntityId) { ["lib_name"] = "stamped" });
        }
    }
}
