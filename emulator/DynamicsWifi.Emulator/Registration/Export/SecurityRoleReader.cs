using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Metadata.Export;

namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>Reads Roles/Role of customizations.xml: the role's id and name, and each RolePrivilege's name and depth.</summary>
    internal static class SecurityRoleReader
    {
        public static IReadOnlyList<SecurityRoleDefinition> Read(XElement customizations) =>
            customizations.Path("Roles", "Role").Select(ReadRole).ToList();

        private static SecurityRoleDefinition ReadRole(XElement role)
        {
            var name = role.AttributeText("name") ?? throw new InvalidDataException($"A security role (id '{role.AttributeText("id")}') has no name.");
            if (!Guid.TryParse(role.AttributeText("id"), out var id))
            {
                throw new InvalidDataException($"Security role '{name}' has no valid id ('{role.AttributeText("id")}').");
            }

            var privileges = new Dictionary<string, PrivilegeDepth>(StringComparer.OrdinalIgnoreCase);
            foreach (var privilege in role.Path("RolePrivileges", "RolePrivilege"))
            {
                var privilegeName = privilege.AttributeText("name")
                    ?? throw new InvalidDataException($"Security role '{name}' has a RolePrivilege without a name.");
                var depth = Depth(privilege.AttributeText("level"), name, privilegeName);

                // A privilege granted twice reaches as far as the wider grant.
                privileges[privilegeName] = privileges.TryGetValue(privilegeName, out var other) && other > depth ? other : depth;
            }

            return new SecurityRoleDefinition(id, name, privileges);
        }

        // Exports write the PrivilegeLevelType of the customizations schema (Basic, Local, Deep, Global); the role editor
        // calls the same depths User, Business Unit, Parent: Child Business Units and Organization.
        private static PrivilegeDepth Depth(string? level, string roleName, string privilegeName)
        {
            var key = new string((level ?? string.Empty).Where(char.IsLetter).ToArray()).ToLowerInvariant();
            return key switch
            {
                "basic" or "user" => PrivilegeDepth.Basic,
                "local" or "businessunit" => PrivilegeDepth.Local,
                "deep" or "parentchildbusinessunits" or "parentchildbusinessunit" => PrivilegeDepth.Deep,
                "global" or "organization" => PrivilegeDepth.Global,
                _ => throw new InvalidDataException(
                    $"Security role '{roleName}' grants '{privilegeName}' at level '{level}'; the levels are Basic, Local, Deep and Global."),
            };
        }
    }
}
