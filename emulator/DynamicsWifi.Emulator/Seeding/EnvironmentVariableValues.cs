using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Seeding
{
    /// <summary>The current value of an environment variable: one environmentvariablevalue row per definition, created
    /// or updated (DATAVERSE-FACTS.md 6).</summary>
    internal static class EnvironmentVariableValues
    {
        public static void Set(IOrganizationService system, string schemaName, string value)
        {
            var definitions = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet("schemaname") };
            definitions.Criteria.AddCondition("schemaname", ConditionOperator.Equal, schemaName);
            var found = system.RetrieveMultiple(definitions).Entities;
            if (found.Count == 0)
            {
                throw new ArgumentException("The solution defines no environment variable '" + schemaName + "'.", nameof(schemaName));
            }

            var values = new QueryExpression("environmentvariablevalue") { ColumnSet = new ColumnSet("value") };
            values.Criteria.AddCondition("environmentvariabledefinitionid", ConditionOperator.Equal, found[0].Id);
            var current = system.RetrieveMultiple(values).Entities;
            if (current.Count > 0)
            {
                system.Update(new Entity("environmentvariablevalue", current[0].Id) { ["value"] = value });
                return;
            }

            system.Create(new Entity("environmentvariablevalue")
            {
                ["value"] = value,
                ["schemaname"] = schemaName,
                ["environmentvariabledefinitionid"] = found[0].ToEntityReference(),
            });
        }
    }
}
