using System;
using System.Threading;

namespace DynamicsWifi.Emulator.Tests.Transactions
{
    /// <summary>Runs a body on several dedicated threads released together by a barrier (not the thread pool, whose
    /// slow growth would serialise blocked workers), and returns what each thread threw.</summary>
    internal static class Concurrently
    {
        public static Exception?[] Run(int threads, Action<int> body)
        {
            var failures = new Exception?[threads];
            using var start = new Barrier(threads);
            var workers = new Thread[threads];
            for (var i = 0; i < threads; i++)
            {
                var index = i;
                workers[i] = new Thread(() =>
                {
                    start.SignalAndWait();
                    try
                    {
                        body(index);
                    }
                    catch (Exception failure)
                    {
                        failures[index] = failure;
                    }
                });
                workers[i].Start();
            }

            foreach (var worker in workers)
            {
                worker.Join();
            }

            return failures;
        }

        /// <summary>Starts one body on its own thread; the returned action waits for it and rethrows what it threw.</summary>
        public static Action Start(Action body)
        {
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    body();
                }
                catch (Exception thrown)
                {
                    failure = thrown;
                }
            });
            thread.Start();
            return () =>
            {
                thread.Join();
                if (failure != null)
                {
                    throw new AggregateException(failure);
                }
            };
        }

        /// <summary>Waits, without timing the test, until the condition holds (a thread has reached a lock).</summary>
        public static void WaitUntil(Func<bool> condition)
        {
            if (!SpinWait.SpinUntil(condition, TimeSpan.FromSeconds(10)))
            {
                throw new TimeoutException("The staged race did not reach its expected state.");
            }
        }
    }
}
