using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Benchmarks
{
    /// <summary>Create, keyed retrieve (by id and by alternate key), update and filtered queries through the emulator's
    /// organization service, against a contact table already holding <c>size</c> rows, with no plug-in step registered.</summary>
    internal sealed class OrganizationServiceBenchmark
    {
        public const string Header = "rows      | create  | retrieve by id | retrieve by key | update  | query by key column | query by unindexed column";

        private const int Operations = 1_000;
        private const int ScanQueries = 5;

        private readonly string _solution;
        private readonly int _size;

        public OrganizationServiceBenchmark(string solution, int size)
        {
            _solution = solution;
            _size = size;
        }

        public string Run()
        {
            var service = DataLayer.Service(_solution);
            var ids = Fill(service, _size);
            var random = new Random(42);

            var create = Throughput.PerSecond(Operations, i => service.Create(Contact(_size + 1_000_000 + i)));
            var byId = Throughput.PerSecond(Operations, _ => service.Retrieve("contact", ids[random.Next(ids.Length)], new ColumnSet("lastname")));
            var byKey = Throughput.PerSecond(Operations, _ => service.Execute(new RetrieveRequest
            {
                Target = new EntityReference("contact", "cr_wifi_identitykey", Key(random.Next(_size))),
                ColumnSet = new ColumnSet("lastname"),
            }));
            var update = Throughput.PerSecond(Operations, i => service.Update(new Entity("contact", ids[random.Next(ids.Length)]) { ["cr_wifi_visit_count"] = i & int.MaxValue }));
            var keyQuery = Throughput.PerSecond(Operations, _ => service.RetrieveMultiple(Filter("cr_wifi_identitykey", Key(random.Next(_size)))));
            var scan = Throughput.PerSecond(ScanQueries, _ => service.RetrieveMultiple(Filter("lastname", "Guest " + random.Next(_size))));

            return string.Format(CultureInfo.InvariantCulture, "{0,-9} | {1,7:N0} | {2,14:N0} | {3,15:N0} | {4,7:N0} | {5,19:N0} | {6,25:N0}", _size, create, byId, byKey, update, keyQuery, scan);
        }

        private static Guid[] Fill(IOrganizationService service, int size)
        {
            var ids = new Guid[size];
            for (var start = 0; start < size; start += 1_000)
            {
                var batch = Enumerable.Range(start, Math.Min(1_000, size - start)).Select(Contact).ToList();
                var created = (CreateMultipleResponse)service.Execute(new CreateMultipleRequest { Targets = new EntityCollection(batch) { EntityName = "contact" } });
                created.Ids.CopyTo(ids, start);
            }

            return ids;
        }

        private static Entity Contact(int i) => new("contact") { ["lastname"] = "Guest " + i, ["cr_wifi_identitykey"] = Key(i) };

        private static string Key(int i) => "email-" + i.ToString("x64", CultureInfo.InvariantCulture);

        private static QueryExpression Filter(string column, string value)
        {
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
            query.Criteria.AddCondition(column, ConditionOperator.Equal, value);
            return query;
        }
    }
}
