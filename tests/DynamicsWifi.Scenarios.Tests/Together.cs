using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;

namespace DynamicsWifi.Scenarios.Tests
{
    /// <summary>Callers racing each other: each on its own thread (not the thread pool, whose slow growth would
    /// serialise blocked callers), released together.</summary>
    internal static class Together
    {
        /// <summary>Runs the work on that many threads released together, and rethrows what any of them threw.</summary>
        public static void Run(int threads, Action<int> work)
        {
            var failures = new ConcurrentQueue<Exception>();
            using (var start = new Barrier(threads))
            {
                var running = Enumerable.Range(0, threads).Select(index => new Thread(() =>
                {
                    start.SignalAndWait();
                    try
                    {
                        work(index);
                    }
                    catch (Exception failure)
                    {
                        failures.Enqueue(failure);
                    }
                })).ToList();
                running.ForEach(thread => thread.Start());
                running.ForEach(thread => thread.Join());
            }

            if (!failures.IsEmpty)
            {
                throw new AggregateException(failures);
            }
        }
    }
}
