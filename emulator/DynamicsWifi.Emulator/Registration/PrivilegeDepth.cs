namespace DynamicsWifi.Emulator.Registration
{
    /// <summary>How far a role's privilege reaches (RolePrivilege level in exports).</summary>
    internal enum PrivilegeDepth
    {
        /// <summary>The user's own rows ("Basic", user level).</summary>
        Basic,

        /// <summary>Rows of the user's business unit ("Local").</summary>
        Local,

        /// <summary>Rows of the user's business unit and its children ("Deep").</summary>
        Deep,

        /// <summary>Every row of the organization ("Global").</summary>
        Global,
    }
}
