using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Journaling
{
    /// <summary>The race-free dedupe a PreValidation step can do outside the transaction: create the member by its
    /// alternate key, and when another request holds it already (DuplicateRecordEntityKey), read that one instead. The
    /// email comes from a custom API's Email parameter, or from the name of a cr_visit being created, whose cr_memberid it
    /// then sets; the member's id is left in the shared variables as "memberid".</summary>
    public sealed class MemberDedupePlugin : IPlugin
    {
        public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null);
            var visit = context.InputParameters.TryGetValue("Target", out var target) ? target as Entity : null;
            var email = visit?.GetAttributeValue<string>("cr_name") ?? (string)context.InputParameters["Email"];

            Guid memberId;
            try
            {
                memberId = service.Create(new Entity(JournalSolution.Member) { ["cr_email"] = email });
            }
            catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail.ErrorCode == DuplicateRecordEntityKey)
            {
                var existing = (RetrieveResponse)service.Execute(new RetrieveRequest
                {
                    Target = new EntityReference(JournalSolution.Member, "cr_email", email),
                    ColumnSet = new ColumnSet(false),
                });
                memberId = existing.Entity.Id;
            }

            context.SharedVariables["memberid"] = memberId;
            if (visit != null)
            {
                visit["cr_memberid"] = new EntityReference(JournalSolution.Member, memberId);
            }
        }
    }
}
