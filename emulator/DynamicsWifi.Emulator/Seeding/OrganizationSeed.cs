using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Seeding
{
    /// <summary>What every new organization has before anyone calls it: its id (the one WhoAmI and every plug-in context
    /// report), the root business unit, the SYSTEM user that CreateOrganizationService(null) acts as, and a System
    /// Administrator.</summary>
    internal static class OrganizationSeed
    {
        public static readonly Guid OrganizationId = new("7e0f3c49-2b0e-4d44-9a4e-1b8f1d9a00f0");
        public const string OrganizationName = "emulator";
        public static readonly Guid RootBusinessUnitId = new("7e0f3c49-2b0e-4d44-9a4e-1b8f1d9a0001");
        public static readonly Guid SystemUserId = new("7e0f3c49-2b0e-4d44-9a4e-1b8f1d9a0002");
        public static readonly Guid AdministratorId = new("7e0f3c49-2b0e-4d44-9a4e-1b8f1d9a0003");

        public static void Apply(IOrganizationService system)
        {
            system.Create(new Entity("businessunit", RootBusinessUnitId) { ["name"] = "Emulated organization" });
            system.Create(User(SystemUserId, "SYSTEM"));
            system.Create(User(AdministratorId, "System Administrator"));
        }

        public static Entity User(Guid id, string name) => new("systemuser", id)
        {
            ["lastname"] = name,
            ["domainname"] = id.ToString("N") + "@emulator.invalid",
            ["businessunitid"] = new EntityReference("businessunit", RootBusinessUnitId),
            ["accessmode"] = new OptionSetValue(0),
        };
    }
}
