using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Security
{
    /// <summary>One caller's access, checked as Dataverse checks it
    /// (learn.microsoft.com/power-platform/admin/how-record-access-determined): first the privilege (none at all:
    /// PrivilegeDenied), then whether its depth reaches the row (AccessDenied). The row's owner always reaches it;
    /// Local reaches rows of the caller's business unit, Deep that unit and its children, Global every row; rows of
    /// organization-owned tables need only the privilege. Secured columns need a field security profile
    /// (learn.microsoft.com/power-platform/admin/field-level-security).</summary>
    internal sealed class RoleBasedAccess : IAccessControl
    {
        // Lookups the platform stamps itself: writing them needs no Append/AppendTo (ownerid is Assign's business).
        private static readonly HashSet<string> PlatformLookups = new(StringComparer.Ordinal)
        {
            "ownerid", "owninguser", "owningteam", "owningbusinessunit", "createdby", "modifiedby", "createdonbehalfby", "modifiedonbehalfby",
        };

        private readonly MetadataCatalog _catalog;
        private readonly IRowSource _committed;
        private readonly BusinessUnits _units;
        private readonly Dictionary<string, IReadOnlySet<string>> _hiddenColumns = new(StringComparer.Ordinal);

        public RoleBasedAccess(MetadataCatalog catalog, CallerGrants caller, IRowSource committed)
        {
            _catalog = catalog;
            Caller = caller;
            _committed = committed;
            _units = new BusinessUnits(committed);
        }

        public CallerGrants Caller { get; }

        public IRowSource Readable(IRowSource source) => new ReadableRows(source, this, _catalog);

        public void EnsureCanRead(TableMetadata table, Row row) => Ensure(AccessRight.Read, table, row.Id, row.Values);

        public void EnsureCanCreate(TableMetadata table, IReadOnlyDictionary<string, object?> values)
        {
            var id = values.TryGetValue(table.PrimaryIdAttribute, out var given) && given is Guid known ? known : Guid.Empty;
            Ensure(AccessRight.Create, table, id, values);
            EnsureCanAppend(table, id, values, values);
            EnsureColumns(table, values.Where(pair => pair.Value != null).Select(pair => pair.Key), "create", Caller.CanCreate);
        }

        public void EnsureCanWrite(TableMetadata table, Row current, IReadOnlyDictionary<string, object?> changes)
        {
            Ensure(AccessRight.Write, table, current.Id, current.Values);
            EnsureCanAppend(table, current.Id, current.Values, changes);
            EnsureColumns(table, changes.Keys, "update", Caller.CanUpdate);
        }

        public void EnsureCanDelete(TableMetadata table, Row current) => Ensure(AccessRight.Delete, table, current.Id, current.Values);

        public void EnsureHolds(string privilegeName)
        {
            if (!Caller.TryGetDepth(privilegeName, out _))
            {
                throw DataverseFaults.ExecutePrivilegeDenied(Caller.UserId, privilegeName);
            }
        }

        /// <summary>Whether the caller holds Read on the table at some depth (tables without privileges: always).</summary>
        public bool HoldsRead(TableMetadata table) =>
            !HasPrivileges(table) || Caller.TryGetDepth(PrivilegeNames.For(AccessRight.Read, table.LogicalName), out _);

        /// <summary>Whether the caller may read this row: Read held at a depth that reaches it.</summary>
        public bool CanRead(TableMetadata table, Row row)
        {
            if (!HasPrivileges(table))
            {
                return true;
            }

            return Caller.TryGetDepth(PrivilegeNames.For(AccessRight.Read, table.LogicalName), out var depth) && Reaches(depth, table, row.Id, row.Values);
        }

        /// <summary>The secured columns of the table the caller's profiles do not let it read.</summary>
        public IReadOnlySet<string> HiddenColumns(TableMetadata table)
        {
            if (!_hiddenColumns.TryGetValue(table.LogicalName, out var hidden))
            {
                hidden = table.Columns.Values
                    .Where(column => column.IsSecured && !Caller.CanRead(table.LogicalName, column.LogicalName))
                    .Select(column => column.LogicalName)
                    .ToHashSet(StringComparer.Ordinal);
                _hiddenColumns[table.LogicalName] = hidden;
            }

            return hidden;
        }

        /// <summary>PrivilegeDenied when the caller lacks Read on the table altogether.</summary>
        public void EnsureHoldsRead(TableMetadata table)
        {
            if (!HoldsRead(table))
            {
                throw DataverseFaults.PrivilegeDenied(Caller.UserId, PrivilegeNames.For(AccessRight.Read, table.LogicalName), table.LogicalName);
            }
        }

        private static bool HasPrivileges(TableMetadata table) => table.Ownership != OwnershipType.None;

        private void Ensure(AccessRight right, TableMetadata table, Guid id, IReadOnlyDictionary<string, object?> values)
        {
            if (!HasPrivileges(table))
            {
                return;
            }

            var privilege = PrivilegeNames.For(right, table.LogicalName);
            if (!Caller.TryGetDepth(privilege, out var depth))
            {
                throw DataverseFaults.PrivilegeDenied(Caller.UserId, privilege, table.LogicalName);
            }

            if (!Reaches(depth, table, id, values))
            {
                throw DataverseFaults.AccessDenied(Caller.UserId, privilege, table.LogicalName, id, OwnerOf(values)?.Id, UnitOf(table, id, values));
            }
        }

        /// <summary>Append on the row for every lookup the write sets, AppendTo on each row it points at. A target not
        /// yet committed (created earlier in the same transaction) is checked for the privilege only.</summary>
        private void EnsureCanAppend(TableMetadata table, Guid id, IReadOnlyDictionary<string, object?> row, IReadOnlyDictionary<string, object?> written)
        {
            var appendChecked = false;
            foreach (var (column, value) in written)
            {
                if (value is not EntityReference target || PlatformLookups.Contains(column)
                    || !table.Columns.TryGetValue(column, out var metadata) || metadata.Type != ColumnType.Lookup
                    || !_catalog.TryGetTable(target.LogicalName, out var targetTable))
                {
                    continue;
                }

                if (!appendChecked)
                {
                    Ensure(AccessRight.Append, table, id, row);
                    appendChecked = true;
                }

                var targetRow = _committed.Find(target.LogicalName, target.Id);
                if (targetRow != null)
                {
                    Ensure(AccessRight.AppendTo, targetTable, targetRow.Id, targetRow.Values);
                }
                else
                {
                    EnsureHeld(AccessRight.AppendTo, targetTable);
                }
            }
        }

        private void EnsureHeld(AccessRight right, TableMetadata table)
        {
            var privilege = PrivilegeNames.For(right, table.LogicalName);
            if (HasPrivileges(table) && !Caller.TryGetDepth(privilege, out _))
            {
                throw DataverseFaults.PrivilegeDenied(Caller.UserId, privilege, table.LogicalName);
            }
        }

        private void EnsureColumns(TableMetadata table, IEnumerable<string> columns, string permission, Func<string, string, bool> granted)
        {
            foreach (var column in columns)
            {
                if (table.Columns.TryGetValue(column, out var metadata) && metadata.IsSecured && !granted(table.LogicalName, column))
                {
                    throw DataverseFaults.SecuredColumnDenied(Caller.UserId, permission, table.LogicalName, column);
                }
            }
        }

        private bool Reaches(PrivilegeDepth depth, TableMetadata table, Guid id, IReadOnlyDictionary<string, object?> values)
        {
            if (depth == PrivilegeDepth.Global || table.Ownership == OwnershipType.OrganizationOwned)
            {
                return true;
            }

            if (table.Ownership == OwnershipType.UserOwned && OwnerOf(values)?.Id == Caller.UserId)
            {
                return true;
            }

            // A user reaches their own systemuser row; for business-owned tables Basic reaches as far as Local.
            if (table.Ownership == OwnershipType.BusinessOwned && table.LogicalName == "systemuser" && id == Caller.UserId)
            {
                return true;
            }

            if (depth == PrivilegeDepth.Basic && table.Ownership == OwnershipType.UserOwned)
            {
                return false;
            }

            var unit = UnitOf(table, id, values);
            if (unit == null || Caller.BusinessUnitId == null)
            {
                return false;
            }

            return depth == PrivilegeDepth.Deep ? _units.IsWithin(unit.Value, Caller.BusinessUnitId.Value) : unit == Caller.BusinessUnitId;
        }

        private static EntityReference? OwnerOf(IReadOnlyDictionary<string, object?> values) =>
            values.TryGetValue("ownerid", out var owner) ? owner as EntityReference : null;

        /// <summary>The business unit a row belongs to: its owningbusinessunit, else its owner's unit; a business unit is
        /// its own; systemuser, team and role rows belong to their businessunitid.</summary>
        private Guid? UnitOf(TableMetadata table, Guid id, IReadOnlyDictionary<string, object?> values)
        {
            if (table.LogicalName == "businessunit")
            {
                return id;
            }

            foreach (var column in new[] { "owningbusinessunit", "businessunitid" })
            {
                if (values.TryGetValue(column, out var value) && value is EntityReference unit)
                {
                    return unit.Id;
                }
            }

            var owner = OwnerOf(values);
            return owner == null ? null : _units.UnitOf(owner);
        }
    }
}
