using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Benchmarks
{
    /// <summary>What a long-running emulator costs at scale: managed memory after <c>size</c> single creates (request
    /// log included), the time of an ordered 5,000-row page (the first, and one resumed from a paging cookie), and the
    /// time and allocation of a fan-out join (each user's contacts) with TopCount 10.</summary>
    internal sealed class ScaleBenchmark
    {
        public const string Header = "rows      | MiB after creates | first ordered page ms | cookie page ms | TopCount 10 join ms | join MiB allocated";

        private const int Rounds = 3;

        private readonly string _solution;
        private readonly int _size;

        public ScaleBenchmark(string solution, int size)
        {
            _solution = solution;
            _size = size;
        }

        public string Run()
        {
            var service = DataLayer.Service(_solution);
            for (var i = 0; i < _size; i++)
            {
                service.Create(new Entity("contact") { ["lastname"] = "Guest " + ((i * 7919L) % _size).ToString("D7", CultureInfo.InvariantCulture) });
            }

            var memory = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;

            var page = Ordered();
            var first = Median(() => service.RetrieveMultiple(page));
            var cookie = service.RetrieveMultiple(page).PagingCookie;
            var resumed = Ordered();
            resumed.PageInfo.PageNumber = 2;
            resumed.PageInfo.PagingCookie = cookie;
            var next = Median(() => service.RetrieveMultiple(resumed));

            var join = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("fullname"), TopCount = 10 };
            join.AddLink("contact", "systemuserid", "ownerid").Columns = new ColumnSet("lastname");
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var joined = service.RetrieveMultiple(join).Entities.Count;
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1048576.0;
            if (joined != 10)
            {
                throw new InvalidOperationException("The join returned " + joined + " rows, not 10.");
            }

            var joinTime = Median(() => service.RetrieveMultiple(join));
            return string.Format(
                CultureInfo.InvariantCulture, "{0,-9} | {1,17:N0} | {2,21:N0} | {3,14:N0} | {4,19:N0} | {5,18:N1}", _size, memory, first, next, joinTime, allocated);
        }

        private static QueryExpression Ordered()
        {
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname"), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
            query.AddOrder("lastname", OrderType.Ascending);
            return query;
        }

        private static double Median(Action action) =>
            Enumerable.Range(0, Rounds).Select(_ =>
            {
                var clock = Stopwatch.StartNew();
                action();
                return clock.Elapsed.TotalMilliseconds;
            }).OrderBy(time => time).ElementAt(Rounds / 2);
    }
}
