using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Registration;

namespace DynamicsWifi.Emulator.Security
{
    /// <summary>What one user holds: the union of their roles' privileges, each at the deepest depth any role grants
    /// (the least restrictive wins: learn.microsoft.com/power-apps/developer/data-platform/security-concepts), and the
    /// union of their field security profiles' column permissions. System Administrators hold every privilege at Global
    /// depth and every column permission.</summary>
    internal sealed class CallerGrants
    {
        private readonly IReadOnlyDictionary<string, PrivilegeDepth> _privileges;
        private readonly IReadOnlyDictionary<(string Table, string Column), ColumnGrant> _columns;

        private CallerGrants(
            Guid userId,
            Guid? businessUnitId,
            bool isSystemAdministrator,
            IReadOnlyDictionary<string, PrivilegeDepth> privileges,
            IReadOnlyDictionary<(string Table, string Column), ColumnGrant> columns)
        {
            UserId = userId;
            BusinessUnitId = businessUnitId;
            IsSystemAdministrator = isSystemAdministrator;
            _privileges = privileges;
            _columns = columns;
        }

        public Guid UserId { get; }

        /// <summary>The caller's business unit (systemuser.businessunitid); null for a user that does not exist.</summary>
        public Guid? BusinessUnitId { get; }

        public bool IsSystemAdministrator { get; }

        public static CallerGrants Of(
            Guid userId,
            Guid? businessUnitId,
            IEnumerable<SecurityRoleDefinition> roles,
            IEnumerable<FieldSecurityProfileDefinition> profiles,
            bool isSystemAdministrator)
        {
            var privileges = new Dictionary<string, PrivilegeDepth>(PrivilegeNames.Comparer);
            foreach (var (name, depth) in roles.SelectMany(role => role.Privileges))
            {
                privileges[name] = privileges.TryGetValue(name, out var held) && held > depth ? held : depth;
            }

            var columns = new Dictionary<(string, string), ColumnGrant>();
            foreach (var permission in profiles.SelectMany(profile => profile.Permissions))
            {
                var key = (permission.Table, permission.Column);
                columns[key] = (columns.TryGetValue(key, out var held) ? held : ColumnGrant.None)
                    .With(permission.CanRead, permission.CanCreate, permission.CanUpdate);
            }

            return new CallerGrants(userId, businessUnitId, isSystemAdministrator, privileges, columns);
        }

        /// <summary>The depth at which the caller holds the privilege; false when no role grants it.</summary>
        public bool TryGetDepth(string privilege, out PrivilegeDepth depth)
        {
            if (IsSystemAdministrator)
            {
                depth = PrivilegeDepth.Global;
                return true;
            }

            return _privileges.TryGetValue(privilege, out depth);
        }

        public bool CanRead(string table, string column) => IsSystemAdministrator || Grant(table, column).CanRead;

        public bool CanCreate(string table, string column) => IsSystemAdministrator || Grant(table, column).CanCreate;

        public bool CanUpdate(string table, string column) => IsSystemAdministrator || Grant(table, column).CanUpdate;

        private ColumnGrant Grant(string table, string column) => _columns.TryGetValue((table, column), out var grant) ? grant : ColumnGrant.None;

        private readonly struct ColumnGrant
        {
            public static readonly ColumnGrant None = default;

            private ColumnGrant(bool canRead, bool canCreate, bool canUpdate)
            {
                CanRead = canRead;
                CanCreate = canCreate;
                CanUpdate = canUpdate;
            }

            public bool CanRead { get; }

            public bool CanCreate { get; }

            public bool CanUpdate { get; }

            public ColumnGrant With(bool canRead, bool canCreate, bool canUpdate) =>
                new(CanRead || canRead, CanCreate || canCreate, CanUpdate || canUpdate);
        }
    }
}
