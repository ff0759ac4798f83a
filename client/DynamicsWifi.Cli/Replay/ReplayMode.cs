namespace DynamicsWifi.Cli.Replay
{
    /// <summary>How a replay sends: one cr_RecordWifiAuthentication call per login, or batches of up to 500.</summary>
    public enum ReplayMode
    {
        Batches,
        Single,
    }
}
