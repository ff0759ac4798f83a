namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>The gender a guest stated: M or F; U, O, X or nothing mean not stated (DESIGN.md 4).</summary>
    public enum Gender
    {
        NotStated,
        Male,
        Female,
    }
}
