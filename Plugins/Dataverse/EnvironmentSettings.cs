using System;
using System.Collections.Generic;
using DynamicsWifi.Plugins.Identity;
using DynamicsWifi.Plugins.Ingest;
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

        public string? ReadDefaultCountry()
        {
            Read(new[] { Schema.Settings.DefaultCountry }).TryGetValue(Schema.Settings.DefaultCountry, out var country);
            return country;
        }

        /// <summary>The consent webhook's URL (no default: none set, no callback).</summary>
        public string? ReadConsentWebhookUrl()
        {
            Read(new[] { Schema.Settings.ConsentWebhookUrl }).TryGetValue(Schema.Settings.ConsentWebhookUrl, out var url);
            return url;
        }

        /// <summary>The visit gap alone: what the aggregate rules need.</summary>
        public TimeSpan ReadVisitGap()
        {
            Read(new[] { Schema.Settings.VisitGapMinutes }).TryGetValue(Schema.Settings.VisitGapMinutes, out var gap);
            return WifiSettings.From(null, gap, null).VisitGap;
        }

        /// <summary>Every setting the ingest needs, in one query.</summary>
        public WifiSettings ReadWifiSettings()
        {
            var values = Read(new[] { Schema.Settings.DefaultCountry, Schema.Settings.VisitGapMinutes, Schema.Settings.FreshnessMinutes });
            values.TryGetValue(Schema.Settings.DefaultCountry, out var country);
            values.TryGetValue(Schema.Settings.VisitGapMinutes, out var gap);
            values.TryGetValue(Schema.Settings.FreshnessMinutes, out var freshness);
            return WifiSettings.From(country, gap, freshness);
        }

        private Dictionary<string, string?> Read(string[] schemaNames)
        {
            var query = new QueryExpression(Schema.EnvironmentVariableDefinition.Table)
            {
                ColumnSet = new ColumnSet(Schema.EnvironmentVariableDefinition.SchemaName, Schema.EnvironmentVariableDefinition.DefaultValue),
            };
            query.Criteria.AddCondition(Schema.EnvironmentVariableDefinition.SchemaName, ConditionOperator.In, schemaNames);
            var current = query.AddLink(
                Schema.EnvironmentVariableValue.Table,
                Schema.EnvironmentVariableDefinition.PrimaryId,
                Schema.EnvironmentVariableValue.DefinitionId,
                JoinOperator.LeftOuter);
            current.EntityAlias = ValueAlias;
            current.Columns = new ColumnSet(Schema.EnvironmentVariableValue.Value);

            var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in _service.RetrieveMultiple(query).Entities)
            {
                var name = row.GetAttributeValue<string>(Schema.EnvironmentVariableDefinition.SchemaName);
                if (name == null)
                {
                    continue;
                }

                var value = row.GetAttributeValue<AliasedValue>(ValueAlias + "." + Schema.EnvironmentVariableValue.Value)?.Value as string;
                values[name] =
                    string.IsNullOrWhiteSpace(value) ? row.GetAttributeValue<string>(Schema.EnvironmentVariableDefinition.DefaultValue) : value;
            }

            return values;
        }
    }
}
