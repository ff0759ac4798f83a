using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Reads a secret from cr_wifisecret. Give it a SYSTEM service: the value column is secured and no role
    /// or profile grants it (DESIGN.md 2). The value never goes to a trace or an error.</summary>
    public sealed class WifiSecretStore
    {
        private readonly IOrganizationService _systemService;

        public WifiSecretStore(IOrganizationService systemService)
        {
            _systemService = systemService;
        }

        /// <summary>The secret's value, or null when no row holds a value under that name.</summary>
        public string? Read(string name)
        {
            var query = new QueryExpression(Schema.Secret.Table) { ColumnSet = new ColumnSet(Schema.Secret.Value), TopCount = 1 };
            query.Criteria.AddCondition(Schema.Secret.Name, ConditionOperator.Equal, name);
            var rows = _systemService.RetrieveMultiple(query).Entities;
            var value = rows.Count == 0 ? null : rows[0].GetAttributeValue<string>(Schema.Secret.Value);
            return string.IsNullOrEmpty(value) ? null : value;
        }
    }
}
