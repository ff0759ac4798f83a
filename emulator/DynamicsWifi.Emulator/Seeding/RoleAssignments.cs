using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Messages;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Seeding
{
    /// <summary>Gives a user security roles: one systemuserroles row each, written by the platform as Associate writes
    /// the intersect table (its columns cannot be set through Create).</summary>
    internal static class RoleAssignments
    {
        public static void Assign(MessageContext platform, Guid userId, IEnumerable<Guid> roleIds)
        {
            foreach (var roleId in roleIds.Distinct())
            {
                RowWriter.Create(platform, new Entity("systemuserroles") { ["systemuserid"] = userId, ["roleid"] = roleId });
            }
        }
    }
}
