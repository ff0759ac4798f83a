#if NETFRAMEWORK
using System.Activities;
using DynamicsWifi.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace DynamicsWifi.Plugins.Workflows
{
    /// <summary>"Recalculate WiFi aggregates": a classic workflow step for makers' processes (for example after a bulk
    /// import, or on demand from a contact), the same repair as cr_RecalculateWifiAggregates for one contact. System.Activities
    /// exists only on .NET Framework, so only the net462 build carries this doorway; what it runs, AggregateRepair, is
    /// tested on net10.0 through the custom API.</summary>
    public sealed class RecalculateWifiAggregatesActivity : CodeActivity
    {
        [RequiredArgument]
        [Input("Contact")]
        [ReferenceTarget("contact")]
        public InArgument<EntityReference> Contact { get; set; } = null!;

        [Output("Changed")]
        public OutArgument<bool> Changed { get; set; } = null!;

        protected override void Execute(CodeActivityContext context)
        {
            var factory = context.GetExtension<IOrganizationServiceFactory>();
            var trace = context.GetExtension<ITracingService>();
            var contact = Contact.Get(context);
            var changed = new AggregateRepair(factory.CreateOrganizationService(null), trace).RecalculateContact(contact.Id);
            Changed.Set(context, changed);
        }
    }
}
#endif
