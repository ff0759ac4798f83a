using System;
using System.Threading;

namespace DynamicsWifi.Emulator.Tests.Robustness
{
    /// <summary>Runs a call on a thread of its own and says whether it ended within a generous bound: a liveness check
    /// (a call that never ends fails the test instead of hanging the run), not a measure of speed.</summary>
    internal static class Within
    {
        public static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

        /// <summary>The exception the call ended with (null when it returned), or throws TimeoutException when it did not end.</summary>
        public static Exception? Run(Action call)
        {
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    call();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            }) { IsBackground = true };
            thread.Start();
            if (!thread.Join(Bound))
            {
                throw new TimeoutException("The call did not end within " + Bound.TotalSeconds + " s.");
            }

            return failure;
        }
    }
}
