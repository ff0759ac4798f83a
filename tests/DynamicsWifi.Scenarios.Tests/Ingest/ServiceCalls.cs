using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Observability;

namespace DynamicsWifi.Scenarios.Tests.Ingest
{
    /// <summary>The service calls our plug-ins made, from the emulator's request log: every call below the caller's own
    /// request (depth 2 and deeper, asynchronous steps included), the raise of the business event counted apart.</summary>
    internal static class ServiceCalls
    {
        public static int ByPlugins(IEnumerable<RequestRecord> records) =>
            Calls(records).Count(call => call.Message != WifiOrganization.VisitRecorded);

        public static int BusinessEventRaises(IEnumerable<RequestRecord> records) =>
            Calls(records).Count(call => call.Message == WifiOrganization.VisitRecorded);

        public static string Describe(IEnumerable<RequestRecord> records) => string.Join(" | ", Calls(records));

        private static IEnumerable<ServiceCall> Calls(IEnumerable<RequestRecord> records) =>
            records.SelectMany(record => record.Calls).Where(call => call.Depth > 1);
    }
}
