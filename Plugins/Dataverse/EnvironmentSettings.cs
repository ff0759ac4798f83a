using DynamicsWifi.Plugins.Identity;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The administrator's settings, read from Dataverse environment variables: the current value when one
    /// is set, else the definition's default (learn.microsoft.com/power-apps/maker/data-platform/environmentvariables).</summary>
    public sealed class EnvironmentSettings : IWifiSettings
    {
        private const string ValueAlias = "current";

        private readonly IOrganizationService _service;

        public EnvironmentSettings(IOrganizationService service)
        {
            _service = service;
        }

        public string? ReadDefaultCountry() => Read(Schema.Settings.DefaultCountry);

        private string? Read(string schemaName)
        {
            var query = new QueryExpression(Schema.EnvironmentVariableDefinition.Table)
            {
                ColumnSet = new ColumnSet(Schema.EnvironmentVariableDefinition.DefaultValue),
                TopCount = 1,
            };
            query.Criteria.AddCondition(Schema.EnvironmentVariableDefinition.SchemaName, ConditionOperator.Equal, schemaName);
            var current = query.AddLink(
                Schema.EnvironmentVariableValue.Table,
                Schema.EnvironmentVariableDefinition.PrimaryId,
                Schema.EnvironmentVariableValue.DefinitionId,
                JoinOperator.LeftOuter);
            current.EntityAlias = ValueAlias;
            current.Columns = new ColumnSet(Schema.EnvironmentVariableValue.Value);

            var rows = _service.RetrieveMultiple(query).Entities;
            if (rows.Count == 0)
            {
                return null;
            }

            var value = rows[0].GetAttributeValue<AliasedValue>(ValueAlias + "." + Schema.EnvironmentVariableValue.Value)?.Value as string;
            return string.IsNullOrWhiteSpace(value) ? rows[0].GetAttributeValue<string>(Schema.EnvironmentVariableDefinition.DefaultValue) : value;
        }
    }
}
