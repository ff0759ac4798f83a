using System.Collections.Generic;
using System.Linq;
using System;
using DynamicsWifi.Emulator.Registration;

namespace DynamicsWifi.Emulator.Tests.Security
{
    /// <summary>Roles and field security profiles built by hand, as the registration readers will hand them over, and
    /// emulators of <see cref="SecuredSolution"/> loaded with them.</summary>
    internal static class SecurityRegistrations
    {
        public const string LibrarySecrets = "Library secrets";

        public static SecurityRoleDefinition Role(string name, params (string Privilege, PrivilegeDepth Depth)[] privileges) =>
            new(Guid.NewGuid(), name, privileges.ToDictionary(pair => pair.Privilege, pair => pair.Depth, StringComparer.OrdinalIgnoreCase));

        /// <summary>Every table privilege on the table at one depth.</summary>
        public static (string, PrivilegeDepth)[] All(string table, PrivilegeDepth depth) =>
            new[] { "Create", "Read", "Write", "Delete", "Append", "AppendTo" }.Select(right => ("prv" + right + table, depth)).ToArray();

        /// <summary>Read, create and update on cr_library.cr_secret.</summary>
        public static FieldSecurityProfileDefinition SecretsProfile(bool canRead = true, bool canCreate = true, bool canUpdate = true) =>
            new(Guid.NewGuid(), LibrarySecrets, new List<FieldPermission> { new("cr_library", "cr_secret", canRead, canCreate, canUpdate) });

        public static DataverseEmulator EmulatorWith(params SecurityRoleDefinition[] roles) => EmulatorWith(roles, SecretsProfile());

        public static DataverseEmulator EmulatorWith(SecurityRoleDefinition[] roles, params FieldSecurityProfileDefinition[] profiles) =>
            DataverseEmulator.FromSolution(
                SecuredSolution.Path,
                null,
                new SolutionRegistrations(
                    new List<PluginTypeRegistration>(),
                    new List<StepRegistration>(),
                    new List<CustomApiDefinition>(),
                    roles,
                    profiles));
    }
}
