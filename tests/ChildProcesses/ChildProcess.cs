using System;
using System.Diagnostics;

namespace DynamicsWifi.Tests
{
    /// <summary>A process a test started and owns: killed outright with its children, as a crash or kill -9 would (no
    /// shutdown code runs), when the test asks or when it is disposed still running.</summary>
    internal sealed class ChildProcess : IDisposable
    {
        private readonly Process _process;

        public ChildProcess(Process process)
        {
            _process = process;
        }

        public bool HasExited => _process.HasExited;

        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }

            _process.Dispose();
        }
    }
}
