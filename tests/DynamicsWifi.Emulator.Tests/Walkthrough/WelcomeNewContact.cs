using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Walkthrough
{
    /// <summary>After a contact is created (asynchronous step), writes a welcome into its description.</summary>
    public sealed class WelcomeNewContact : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            var contact = (Entity)context.InputParameters["Target"];

            factory.CreateOrganizationService(context.UserId).Update(new Entity("contact", context.PrimaryEntityId)
            {
                ["description"] = "Welcome, " + contact.GetAttributeValue<string>("firstname") + "!",
            });
        }
    }
}
