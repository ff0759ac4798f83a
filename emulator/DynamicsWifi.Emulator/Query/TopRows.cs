using System;
using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>One pass over unordered joined rows that keeps only the first <c>count</c> in the query's order (a
    /// bounded heap: memory for <c>count</c> rows and about one comparison per row, instead of sorting the whole table
    /// for one page), counts every row, and notices when a row of the table comes back more than once (a one-to-many
    /// join), which rules out paging cookies. Rows the <c>after</c> test rejects (those up to a paging cookie) are
    /// counted but not kept.</summary>
    internal sealed class TopRows
    {
        private TopRows(List<JoinedRow> rows, int total, int kept, bool repeatsTableRows)
        {
            Rows = rows;
            Total = total;
            Eligible = kept;
            RepeatsTableRows = repeatsTableRows;
        }

        /// <summary>The first rows in order, at most the count asked for.</summary>
        public List<JoinedRow> Rows { get; }

        /// <summary>Every row read.</summary>
        public int Total { get; }

        /// <summary>The rows the <c>after</c> test accepted (all of them without one).</summary>
        public int Eligible { get; }

        /// <summary>Whether some table row came back joined more than once.</summary>
        public bool RepeatsTableRows { get; }

        /// <param name="rows">As <see cref="RowReader.Read"/> gives them: the rows joined to one table row together.</param>
        public static TopRows Select(IEnumerable<JoinedRow> rows, RowOrder order, long count, Func<JoinedRow, bool>? after = null)
        {
            var capacity = (int)Math.Min(count, int.MaxValue);
            var latestFirst = Comparer<JoinedRow>.Create((x, y) => order.Compare(y, x));
            var heap = new PriorityQueue<JoinedRow, JoinedRow>(latestFirst);
            var total = 0;
            var eligible = 0;
            var repeats = false;
            Guid? previous = null;
            foreach (var row in rows)
            {
                total++;
                repeats |= previous == row.Main.Id;
                previous = row.Main.Id;
                if (after != null && !after(row))
                {
                    continue;
                }

                eligible++;
                if (heap.Count < capacity)
                {
                    heap.Enqueue(row, row);
                }
                else if (capacity > 0 && order.Compare(row, heap.Peek()) < 0)
                {
                    heap.EnqueueDequeue(row, row);
                }
            }

            var kept = new List<JoinedRow>(heap.Count);
            while (heap.Count > 0)
            {
                kept.Add(heap.Dequeue());
            }

            kept.Reverse();
            return new TopRows(kept, total, eligible, repeats);
        }
    }
}
