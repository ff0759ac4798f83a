using System;
using System.Threading;
using System.Threading.Tasks;

namespace DynamicsWifi.Emulator.WebApi.Hosting
{
    /// <summary>The asynchronous service of the host: runs the emulator's queued jobs in the background soon after a
    /// request ends (and at least every second, so jobs a restart resumed run at once), as Dataverse's asynchronous
    /// service picks up System Jobs; held (none run) under the test switch. The emulator's request and plug-in trace logs
    /// keep only their last records, so a long-running host leaves them be.</summary>
    internal sealed class AsyncJobDrainer : IAsyncDisposable
    {
        private readonly DataverseEmulator _emulator;
        private readonly bool _runJobs;
        private readonly SemaphoreSlim _due = new(0, 1);
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public AsyncJobDrainer(DataverseEmulator emulator, bool runJobs)
        {
            _emulator = emulator;
            _runJobs = runJobs;
            _loop = Task.Run(Loop);
        }

        public void Signal()
        {
            if (_due.CurrentCount == 0)
            {
                try
                {
                    _due.Release();
                }
                catch (SemaphoreFullException)
                {
                    // Another request signalled at the same instant: one pass serves both.
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            await _loop.ConfigureAwait(false);
            _stop.Dispose();
            _due.Dispose();
        }

        private async Task Loop()
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    await _due.WaitAsync(TimeSpan.FromSeconds(1), _stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                try
                {
                    while (_runJobs && _emulator.RunAsyncJobs() > 0)
                    {
                    }
                }
                catch (Exception failure)
                {
                    // A job's own failure is recorded on its System Job row; reaching here is a defect. Keep draining.
                    Console.Error.WriteLine("Asynchronous job runner: " + failure.GetType().FullName + Environment.NewLine + failure.StackTrace);
                }
            }
        }
    }
}
