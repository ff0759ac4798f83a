using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Registration
{
    /// <summary>Everything a solution registers besides its tables: plug-in types and steps, custom APIs, security
    /// roles and field security profiles. Read once, immutable.</summary>
    internal sealed class SolutionRegistrations
    {
        public SolutionRegistrations(
            IReadOnlyList<PluginTypeRegistration> pluginTypes,
            IReadOnlyList<StepRegistration> steps,
            IReadOnlyList<CustomApiDefinition> customApis,
            IReadOnlyList<SecurityRoleDefinition> roles,
            IReadOnlyList<FieldSecurityProfileDefinition> fieldSecurityProfiles)
        {
            PluginTypes = pluginTypes;
            Steps = steps;
            CustomApis = customApis;
            Roles = roles;
            FieldSecurityProfiles = fieldSecurityProfiles;
        }

        public static SolutionRegistrations None { get; } = new(
            new List<PluginTypeRegistration>(), new List<StepRegistration>(), new List<CustomApiDefinition>(),
            new List<SecurityRoleDefinition>(), new List<FieldSecurityProfileDefinition>());

        public IReadOnlyList<PluginTypeRegistration> PluginTypes { get; }

        public IReadOnlyList<StepRegistration> Steps { get; }

        public IReadOnlyList<CustomApiDefinition> CustomApis { get; }

        public IReadOnlyList<SecurityRoleDefinition> Roles { get; }

        public IReadOnlyList<FieldSecurityProfileDefinition> FieldSecurityProfiles { get; }
    }
}
