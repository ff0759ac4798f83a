using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using System.Threading;
using DynamicsWifi.Emulator;
using DynamicsWifi.Plugins.EventPlugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Benchmarks
{
    /// <summary>The identity key race at the size it was reported (issue 9: 64 callers, 128,000 contact creates):
    /// callers create contacts through the solution as registered, caller c's n-th contact having identity n of group
    /// c mod <c>groups</c>, so the callers of a group race for each key. Prints how many creates lost the race, with
    /// which faults, and how many of their single retries saved; then how many identities ended with exactly one
    /// contact holding the key (Plugins/README.md, "When a contact save can fail").</summary>
    internal sealed class KeyRaceBenchmark
    {
        private readonly string _solution;
        private readonly int _callers;
        private readonly int _creates;
        private readonly int _groups;

        public KeyRaceBenchmark(string solution, int callers, int creates, int groups)
        {
            _solution = solution;
            _callers = callers;
            _creates = creates;
            _groups = groups;
        }

        public string Run()
        {
            var service = DataverseEmulator.FromSolution(_solution, typeof(SyncIdentityKeyOnContactChange).Assembly).CreateOrganizationService(null);
            var perCaller = _creates / _callers;
            var lost = 0;
            var lostByOtherFault = 0;
            var retriesSaved = 0;
            var clock = Stopwatch.StartNew();

            var callers = Enumerable.Range(0, _callers).Select(caller => new Thread(() =>
            {
                for (var n = 0; n < perCaller; n++)
                {
                    var email = string.Format(CultureInfo.InvariantCulture, "guest{0}-{1}@example.com", n, caller % _groups);
                    try
                    {
                        service.Create(Contact(caller, n, email));
                        continue;
                    }
                    catch (FaultException<OrganizationServiceFault> fault)
                    {
                        Interlocked.Increment(ref lost);
                        if (fault.Detail.ErrorCode != unchecked((int)0x80060892))
                        {
                            Interlocked.Increment(ref lostByOtherFault);
                        }
                    }

                    try
                    {
                        service.Create(Contact(caller, n, email));
                        Interlocked.Increment(ref retriesSaved);
                    }
                    catch (FaultException<OrganizationServiceFault>)
                    {
                        // Counted as a retry that did not save.
                    }
                }
            })).ToList();
            callers.ForEach(thread => thread.Start());
            callers.ForEach(thread => thread.Join());
            clock.Stop();

            var (identities, withOneHolder) = Holders(service);
            return string.Format(
                CultureInfo.InvariantCulture,
                "{0} callers, {1:N0} creates of {2:N0} identities in {3:N1} s ({4:N0}/s): {5:N0} lost the race ({6:N0} with another fault than DuplicateRecordEntityKey), {7:N0} of their retries saved; identities with exactly one key holder: {8:N0} of {9:N0}",
                _callers, perCaller * _callers, perCaller * Math.Min(_groups, _callers), clock.Elapsed.TotalSeconds, perCaller * _callers / clock.Elapsed.TotalSeconds,
                lost, lostByOtherFault, retriesSaved, withOneHolder, identities);
        }

        private static Entity Contact(int caller, int n, string email) =>
            new("contact") { ["lastname"] = "Caller " + caller + " #" + n, ["emailaddress1"] = email };

        /// <summary>Distinct emails, and how many of them have exactly one contact holding a key, read page by page.</summary>
        private static (int Identities, int WithOneHolder) Holders(IOrganizationService service)
        {
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("emailaddress1", "cr_wifi_identitykey"), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
            var holders = new System.Collections.Generic.Dictionary<string, int>(StringComparer.Ordinal);
            while (true)
            {
                var page = service.RetrieveMultiple(query);
                foreach (var contact in page.Entities)
                {
                    var email = contact.GetAttributeValue<string>("emailaddress1");
                    holders[email] = (holders.TryGetValue(email, out var count) ? count : 0) + (contact.Contains("cr_wifi_identitykey") ? 1 : 0);
                }

                if (!page.MoreRecords)
                {
                    return (holders.Count, holders.Values.Count(count => count == 1));
                }

                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }
    }
}
