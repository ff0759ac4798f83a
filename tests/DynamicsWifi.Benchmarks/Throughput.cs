using System;
using System.Diagnostics;
using System.Linq;

namespace DynamicsWifi.Benchmarks
{
    /// <summary>Operations per second: the median of several timed rounds after a warm-up, so one garbage collection or a
    /// neighbour's burst on this shared machine does not decide the figure.</summary>
    internal static class Throughput
    {
        private const int Rounds = 5;

        public static double PerSecond(int operationsPerRound, Action<int> operation)
        {
            for (var i = 0; i < Math.Min(200, operationsPerRound); i++)
            {
                operation(-1 - i);
            }

            var rates = new double[Rounds];
            var next = 0;
            for (var round = 0; round < Rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < operationsPerRound; i++)
                {
                    operation(next++);
                }

                rates[round] = operationsPerRound / clock.Elapsed.TotalSeconds;
            }

            return rates.OrderBy(rate => rate).ElementAt(Rounds / 2);
        }
    }
}
