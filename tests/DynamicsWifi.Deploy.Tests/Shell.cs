namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>The two families of pac-scripts: *.sh for bash, *.ps1 for PowerShell 7.</summary>
    public enum Shell
    {
        Bash,
        PowerShell,
    }
}
