using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CsCheck;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Robustness
{
    /// <summary>Random and hostile requests (<see cref="HostileRequests"/>) from a fixed seed, through
    /// IOrganizationService as any caller sends them: each must end within <see cref="Within.Bound"/> with a result
    /// or an OrganizationServiceFault, never another exception, and afterwards the store must still answer every
    /// query. A failure names the request's number and text, and the seed reproduces it.</summary>
    [TestClass]
    public sealed class FuzzTests
    {
        private const ulong Seed = 20261205;
        private const int Requests = 2000;

        [TestMethod]
        public void HostileRequests_EndInAResultOrAFault_AndTheStoreStillAnswers()
        {
            var service = Emulators.Library().CreateOrganizationService(null);
            var ids = new List<Guid>();
            var random = new PCG(1, Seed);
            var surprises = new List<string>();
            var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);

            for (var number = 0; number < Requests; number++)
            {
                var (description, call) = Next(random, ids);
                var failure = Within.Run(() => call(service));
                if (failure is not (null or FaultException<OrganizationServiceFault>))
                {
                    surprises.Add($"#{number} {description}: {failure.GetType().Name}: {failure.Message}");
                }

                var outcome = description.Split(' ')[0] + " " + (failure is FaultException<OrganizationServiceFault> fault ? "0x" + fault.Detail.ErrorCode.ToString("X8", System.Globalization.CultureInfo.InvariantCulture) : failure == null ? "ok" : "other");
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }

            Console.WriteLine(string.Join(Environment.NewLine, outcomes.Select(pair => pair.Key + ": " + pair.Value)));

            Assert.AreEqual(0, surprises.Count, string.Join(Environment.NewLine, surprises.Take(10)));
            StillAnswers(service);
        }

        // Every row can be paged through in order with cookies, read back by id, and counted.
        private static void StillAnswers(IOrganizationService service)
        {
            var query = new QueryExpression("cr_library") { ColumnSet = new ColumnSet(true), PageInfo = new PagingInfo { Count = 50, PageNumber = 1 } };
            query.AddOrder("cr_name", OrderType.Ascending);
            query.AddOrder("cr_code", OrderType.Descending);
            var seen = Pages.All(service, query).Select(row => row.Id).ToList();

            Assert.AreEqual(seen.Count, seen.Distinct().Count());
            foreach (var id in seen)
            {
                Assert.AreEqual(id, service.Retrieve("cr_library", id, new ColumnSet(true)).Id);
            }

            var count = service.RetrieveMultiple(new FetchExpression(
                "<fetch aggregate='true'><entity name='cr_library'><attribute name='cr_libraryid' alias='rows' aggregate='count' /></entity></fetch>")).Entities.Single();
            Assert.AreEqual(seen.Count, ((AliasedValue)count["rows"]).Value);
            Assert.IsTrue(seen.Count > 0, "the fuzz run created no row: its generators are too hostile to exercise reads");
        }

        private static (string Description, Action<IOrganizationService> Call) Next(PCG random, List<Guid> ids)
        {
            var kind = Gen.Int[0, 9].Generate(random, null, out _);
            Guid Known() => ids.Count == 0 || Gen.Int[0, 4].Generate(random, null, out _) == 0 ? Guid.NewGuid() : ids[Gen.Int[0, ids.Count - 1].Generate(random, null, out _)];
            switch (kind)
            {
                case 0:
                case 1:
                    var library = HostileRequests.Library.Generate(random, null, out _);
                    return ("Create " + Describe(library), service => ids.Add(service.Create(library)));
                case 2:
                    var changes = HostileRequests.Library.Generate(random, null, out _);
                    changes.Id = Known();
                    return ("Update " + Describe(changes), service => service.Update(changes));
                case 3:
                    var doomed = Known();
                    return ("Delete " + doomed, service => service.Delete("cr_library", doomed));
                case 4:
                    var code = HostileRequests.Text.Generate(random, null, out _);
                    return ("Retrieve by key " + Escape(code), service => service.Execute(new RetrieveRequest
                    {
                        Target = new EntityReference("cr_library", "cr_code", code),
                        ColumnSet = new ColumnSet(true),
                    }));
                case 5:
                    var upsert = HostileRequests.Library.Generate(random, null, out _);
                    var key = HostileRequests.Text.Generate(random, null, out _);
                    return ("Upsert " + Escape(key) + " " + Describe(upsert), service => service.Execute(new UpsertRequest
                    {
                        Target = new Entity(upsert.LogicalName, "cr_code", key) { Attributes = upsert.Attributes },
                    }));
                case 6:
                case 7:
                    var query = HostileRequests.Query.Generate(random, null, out _);
                    return ("RetrieveMultiple " + Describe(query), service => service.RetrieveMultiple(query));
                default:
                    var fetch = HostileRequests.Fetch.Generate(random, null, out _);
                    return ("Fetch " + Escape(fetch.Length > 400 ? fetch.Substring(0, 400) + "..." : fetch), service => service.RetrieveMultiple(new FetchExpression(fetch)));
            }
        }

        private static string Describe(Entity entity) =>
            entity.LogicalName + " {" + string.Join(", ", entity.Attributes.Select(pair => pair.Key + "=" + Escape(Convert.ToString(pair.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "null"))) + "}";

        private static string Describe(QueryExpression query) =>
            query.EntityName + " top=" + query.TopCount + " conditions=" + string.Join("; ", Conditions(query.Criteria).Take(5).Select(condition =>
                condition.AttributeName + " " + condition.Operator + " " + string.Join(",", condition.Values.Select(value => Escape(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null")))));

        private static IEnumerable<ConditionExpression> Conditions(FilterExpression filter)
        {
            var pending = new Stack<FilterExpression>(new[] { filter });
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                foreach (var condition in current.Conditions)
                {
                    yield return condition;
                }

                foreach (var child in current.Filters)
                {
                    pending.Push(child);
                }
            }
        }

        // Control characters and unpaired surrogates as \uXXXX, so the failure message itself stays printable.
        private static string Escape(string text) =>
            string.Concat(text.Select(character => character < ' ' || char.IsSurrogate(character) ? "\\u" + ((int)character).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : character.ToString()));
    }
}
