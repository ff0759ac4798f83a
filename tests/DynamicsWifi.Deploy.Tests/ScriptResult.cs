using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Deploy.Tests
{
    /// <summary>What a script run printed and how it ended.</summary>
    internal sealed record ScriptResult(int ExitCode, string Output, string Errors)
    {
        public string Everything => Output + Errors;

        public void AssertSucceeded() => Assert.AreEqual(0, ExitCode, ToString());

        /// <summary>The script stopped with exit code 1 and said <paramref name="reason"/> on stderr.</summary>
        public void AssertRefused(string reason)
        {
            Assert.AreEqual(1, ExitCode, ToString());
            StringAssert.Contains(Errors, reason, ToString());
        }

        public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
    }
}
