using System.Collections.Generic;
using DynamicsWifi.Emulator.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>How deeply filters may nest. SQL Server refuses a statement nested too deeply (error 191) and Dataverse
    /// passes that on; Learn states no number, so the limit here is ours, far above any query a person writes and far
    /// below what would exhaust a thread's stack in the recursive compilers that follow the check.</summary>
    internal static class FilterDepth
    {
        public const int Maximum = 100;

        /// <summary>At most this many filters in one tree, so a filter shared many times over (a tree that is really a
        /// graph) cannot make the compilers' work explode either.</summary>
        public const int MaximumFilters = 10000;

        /// <summary>Refuses a filter nested deeper than <see cref="Maximum"/> (the filter itself is level 1), walking it
        /// without recursion, so a hostile depth or a filter that contains itself cannot overflow the stack.</summary>
        public static void Check(FilterExpression? filter)
        {
            if (filter == null)
            {
                return;
            }

            var pending = new Stack<(FilterExpression Filter, int Depth)>();
            pending.Push((filter, 1));
            var seen = 0;
            while (pending.Count > 0)
            {
                var (current, depth) = pending.Pop();
                if (++seen > MaximumFilters)
                {
                    throw DataverseFaults.QueryTooComplex(MaximumFilters);
                }

                if (depth > Maximum)
                {
                    throw DataverseFaults.FilterNestedTooDeeply(Maximum);
                }

                foreach (var child in current.Filters)
                {
                    if (child != null)
                    {
                        pending.Push((child, depth + 1));
                    }
                }
            }
        }
    }
}
