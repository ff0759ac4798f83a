namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>What a script run printed and how it ended.</summary>
    internal sealed record ScriptResult(int ExitCode, string Output, string Errors)
    {
        public string Everything => Output + Errors;

        public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
    }
}
