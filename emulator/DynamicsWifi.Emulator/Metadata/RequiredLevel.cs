namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>A column's requirement level. Only SystemRequired is enforced by the platform; ApplicationRequired
    /// ("required" in exports) is enforced by forms, not by the SDK or the Web API.</summary>
    internal enum RequiredLevel
    {
        None,
        Recommended,
        ApplicationRequired,
        SystemRequired,
    }
}
