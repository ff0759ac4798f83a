using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Plugins
{
    /// <summary>Makes a service call that fails, catches the fault, and goes on: what Microsoft tells plug-ins not to do.</summary>
    public sealed class SwallowingPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            var service = factory.CreateOrganizationService(context.UserId);
            try
            {
                service.Retrieve("cr_book", Guid.NewGuid(), new ColumnSet(true));
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                // Swallowed on purpose.
            }
        }
    }
}
