using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Security
{
    /// <summary>The organization's security: the roles it knows (the built-in System Administrator and the solution's),
    /// which users hold them (systemuserroles rows, as Dataverse keeps them), the field security profiles and their
    /// members, and for each caller the access its requests run with. SYSTEM (CreateOrganizationService(null)) has
    /// unrestricted access, as the platform's own operations do.</summary>
    internal sealed class OrganizationSecurity
    {
        /// <summary>The built-in role: every privilege at Global depth, every secured column.</summary>
        public const string SystemAdministratorRoleName = "System Administrator";

        public static readonly Guid SystemAdministratorRoleId = new("7e0f3c49-2b0e-4d44-9a4e-1b8f1d9a0101");

        private readonly MetadataCatalog _catalog;
        private readonly IRowSource _committed;
        private readonly Guid _systemUserId;
        private readonly IReadOnlyDictionary<Guid, SecurityRoleDefinition> _rolesById;
        private readonly IReadOnlyDictionary<string, SecurityRoleDefinition> _rolesByName;
        private readonly FieldSecurityProfileMembers _profiles;

        /// <param name="committed">The committed rows: users, their role assignments and business units are read there.</param>
        public OrganizationSecurity(
            MetadataCatalog catalog,
            IRowSource committed,
            Guid systemUserId,
            IReadOnlyList<SecurityRoleDefinition> roles,
            IReadOnlyList<FieldSecurityProfileDefinition> fieldSecurityProfiles)
        {
            _catalog = catalog;
            _committed = committed;
            _systemUserId = systemUserId;
            var systemAdministrator = new SecurityRoleDefinition(
                SystemAdministratorRoleId,
                SystemAdministratorRoleName,
                new ReadOnlyDictionary<string, PrivilegeDepth>(new Dictionary<string, PrivilegeDepth>()));
            Roles = new[] { systemAdministrator }.Concat(roles).ToList();
            _rolesById = Roles.ToDictionary(role => role.Id);
            _rolesByName = Distinct(Roles, role => role.Name, "security role");
            _profiles = new FieldSecurityProfileMembers(Distinct(fieldSecurityProfiles, profile => profile.Name, "field security profile"));
        }

        /// <summary>Every role of the organization, System Administrator first.</summary>
        public IReadOnlyList<SecurityRoleDefinition> Roles { get; }

        /// <summary>The access a request of this caller runs with.</summary>
        public IAccessControl AccessOf(Guid callerId) =>
            callerId == _systemUserId ? UnrestrictedAccess.Instance : new RoleBasedAccess(_catalog, GrantsOf(callerId), _committed);

        /// <summary>What the user holds through the roles assigned to them and the profiles they are a member of.</summary>
        public CallerGrants GrantsOf(Guid userId)
        {
            var user = _committed.Find("systemuser", userId);
            var roleIds = user == null ? new HashSet<Guid>() : RoleIdsOf(userId);
            var roles = roleIds.Where(_rolesById.ContainsKey).Select(id => _rolesById[id]);
            return CallerGrants.Of(
                userId,
                BusinessUnits.Of(_committed, new EntityReference("systemuser", userId)),
                roles,
                _profiles.ProfilesOf(userId),
                roleIds.Contains(SystemAdministratorRoleId));
        }

        /// <summary>The ids of the named roles; ArgumentException naming the first unknown one.</summary>
        public IReadOnlyList<Guid> RoleIdsNamed(IEnumerable<string> roleNames) => roleNames
            .Select(name => name != null && _rolesByName.TryGetValue(name, out var role)
                ? role.Id
                : throw new ArgumentException("No security role named '" + name + "' exists. Known roles: " + string.Join(", ", _rolesByName.Keys) + ".", nameof(roleNames)))
            .ToList();

        /// <summary>One role row per role, in the root business unit, as every organization has its roles.</summary>
        public void CreateRoleRows(IOrganizationService system, Guid rootBusinessUnitId)
        {
            foreach (var role in Roles)
            {
                system.Create(new Entity("role", role.Id)
                {
                    ["name"] = role.Name,
                    ["businessunitid"] = new EntityReference("businessunit", rootBusinessUnitId),
                });
            }
        }

        /// <summary>Makes the user a member of the named field security profile; ArgumentException for an unknown name.</summary>
        public void AddToFieldSecurityProfile(Guid userId, string profileName) => _profiles.Add(userId, profileName);

        private HashSet<Guid> RoleIdsOf(Guid userId)
        {
            var assignments = _committed.FindByIndex("systemuserroles", "systemuserid", userId) ?? _committed.Rows("systemuserroles");
            return assignments
                .Where(row => row["systemuserid"] is Guid user && user == userId)
                .Select(row => row["roleid"])
                .OfType<Guid>()
                .ToHashSet();
        }

        private static IReadOnlyDictionary<string, T> Distinct<T>(IEnumerable<T> items, Func<T, string> nameOf, string kind)
        {
            var byName = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in items)
            {
                if (!byName.TryAdd(nameOf(item), item))
                {
                    throw new ArgumentException("Two of the organization's " + kind + "s are named '" + nameOf(item) + "'.", nameof(items));
                }
            }

            return byName;
        }
    }
}
