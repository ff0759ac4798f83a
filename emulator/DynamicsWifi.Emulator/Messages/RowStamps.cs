using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>The columns the platform writes itself: created and modified on and by, the owner and its business
    /// unit on user-owned tables, the default state and status, and a contact's or user's full name.</summary>
    internal static class RowStamps
    {
        private const string SystemUser = "systemuser";

        public static void OnCreate(MessageContext context, TableMetadata table, Dictionary<string, object?> values)
        {
            var caller = new EntityReference(SystemUser, context.CallerId);
            Set(table, values, "createdon", context.UtcNow);
            Set(table, values, "createdby", caller);
            OnUpdate(context, table, values);

            if (table.Ownership == OwnershipType.UserOwned)
            {
                var owner = values.TryGetValue("ownerid", out var given) && given is EntityReference chosen ? chosen : caller;
                Set(table, values, "ownerid", owner);
                Set(table, values, "owneridtype", owner.LogicalName);
                Set(table, values, owner.LogicalName == SystemUser ? "owninguser" : "owningteam", owner);
                Set(table, values, "owningbusinessunit", BusinessUnitOf(context, owner));
            }

            if (table.Columns.ContainsKey("statecode") && !values.ContainsKey("statecode"))
            {
                values["statecode"] = new OptionSetValue(0);
            }

            if (table.Columns.TryGetValue("statuscode", out var status) && !values.ContainsKey("statuscode"))
            {
                var state = ((OptionSetValue)values["statecode"]!).Value;
                var defaultStatus = status.StatusStates.Where(pair => pair.Value == state).Select(pair => (int?)pair.Key).OrderBy(value => value).FirstOrDefault();
                values["statuscode"] = new OptionSetValue(defaultStatus ?? (state == 0 ? 1 : 2));
            }
        }

        public static void OnUpdate(MessageContext context, TableMetadata table, Dictionary<string, object?> values)
        {
            Set(table, values, "modifiedon", context.UtcNow);
            Set(table, values, "modifiedby", new EntityReference(SystemUser, context.CallerId));
        }

        /// <summary>fullname is composed by the platform ("First Last", the default format) when either part changes.</summary>
        public static void ComposeFullName(TableMetadata table, IReadOnlyDictionary<string, object?> before, Dictionary<string, object?> values)
        {
            if (!table.Columns.ContainsKey("fullname") || !(values.ContainsKey("firstname") || values.ContainsKey("lastname")))
            {
                return;
            }

            string? Part(string column) => values.TryGetValue(column, out var value) ? value as string : before.TryGetValue(column, out var old) ? old as string : null;
            var fullName = string.Join(" ", new[] { Part("firstname"), Part("lastname") }.Where(part => !string.IsNullOrEmpty(part)));
            values["fullname"] = fullName.Length == 0 ? null : fullName;
        }

        private static void Set(TableMetadata table, Dictionary<string, object?> values, string column, object? value)
        {
            if (table.Columns.ContainsKey(column))
            {
                values[column] = value;
            }
        }

        private static EntityReference? BusinessUnitOf(MessageContext context, EntityReference owner) =>
            BusinessUnits.Of(context.Transaction, owner) is Guid unit ? new EntityReference("businessunit", unit) : null;
    }
}
