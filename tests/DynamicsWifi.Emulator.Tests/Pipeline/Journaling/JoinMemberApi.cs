using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Journaling
{
    /// <summary>The main operation of the test custom API cr_JoinMember: the member with the Email given, created when
    /// there is none yet; MemberId out.</summary>
    public sealed class JoinMemberApi : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null);
            var email = (string)context.InputParameters["Email"];

            var query = new QueryExpression(JournalSolution.Member) { ColumnSet = new ColumnSet(false) };
            query.Criteria.AddCondition("cr_email", ConditionOperator.Equal, email);
            var found = service.RetrieveMultiple(query).Entities.FirstOrDefault();
            context.OutputParameters["MemberId"] = found?.Id ?? service.Create(new Entity(JournalSolution.Member) { ["cr_email"] = email });
        }
    }
}
