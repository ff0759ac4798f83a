using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Journaling
{
    /// <summary>Calls the custom API cr_JoinMember with the name of the cr_visit being created as the email: an operation
    /// sent from inside the visit's transaction.</summary>
    public sealed class JoinMemberCallingPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null);
            var visit = (Entity)context.InputParameters["Target"];
            service.Execute(new OrganizationRequest(JournalSolution.JoinMember) { ["Email"] = visit.GetAttributeValue<string>("cr_name") });
        }
    }
}
