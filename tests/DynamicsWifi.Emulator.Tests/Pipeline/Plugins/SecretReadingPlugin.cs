using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Pipeline.Plugins
{
    /// <summary>Tries to read a Key Vault secret environment variable, which Dataverse does not allow a plug-in.</summary>
    public sealed class SecretReadingPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            factory.CreateOrganizationService(null).Execute(new OrganizationRequest("RetrieveEnvironmentVariableSecretValue") { ["EnvironmentVariableName"] = "cr_LibrarySecret" });
        }
    }
}
