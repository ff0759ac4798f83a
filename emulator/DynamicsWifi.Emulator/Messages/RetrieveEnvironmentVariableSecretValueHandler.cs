using DynamicsWifi.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>RetrieveEnvironmentVariableSecretValue: a Secret (Azure Key Vault) environment variable's value, for flows
    /// and custom connectors only; Dataverse does not let plug-ins read it (DATAVERSE-FACTS.md 6), so a call made by a
    /// plug-in is refused. The emulator has no Key Vault: the value set for the variable stands in for the secret.</summary>
    internal sealed class RetrieveEnvironmentVariableSecretValueHandler : IMessageHandler
    {
        private const int SecretType = 100000005;

        public string MessageName => "RetrieveEnvironmentVariableSecretValue";

        public string TableOf(OrganizationRequest request) => "environmentvariabledefinition";

        public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
        {
            var schemaName = RequestParameters.Required<string>(request, "EnvironmentVariableName");
            if (context.Depth > 1)
            {
                throw DataverseFaults.SecretNotReadableFromPlugins(schemaName);
            }

            var definitions = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet("type") };
            definitions.Criteria.AddCondition("schemaname", ConditionOperator.Equal, schemaName);
            var value = definitions.AddLink("environmentvariablevalue", "environmentvariabledefinitionid", "environmentvariabledefinitionid", JoinOperator.LeftOuter);
            value.EntityAlias = "current";
            value.Columns = new ColumnSet("value");
            var found = Query.QueryExecutor.RetrieveMultiple(definitions, context.Readable, context.Catalog, context.QueryContext).Entities;
            if (found.Count == 0 || found[0].GetAttributeValue<OptionSetValue>("type")?.Value != SecretType)
            {
                throw DataverseFaults.InvalidArgument("'" + schemaName + "' is not a secret environment variable of this organization.");
            }

            var response = new OrganizationResponse { ResponseName = MessageName };
            response.Results["EnvironmentVariableSecretValue"] = found[0].GetAttributeValue<AliasedValue>("current.value")?.Value as string;
            return response;
        }
    }
}
