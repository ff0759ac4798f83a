using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>Each OData $filter, sent over HTTP, finds exactly the rows the QueryExpression a developer would write for
    /// it finds through IOrganizationService, on twelve books with values and nulls in every filtered column.</summary>
    [TestClass]
    public sealed class FilterEquivalenceTests
    {
        private static WebApiHost _host = null!;
        private static HostClient _client = null!;
        private static string _shelf = string.Empty;
        private static Guid _library;

        private static readonly Dictionary<string, Func<FilterExpression>> Filters = new()
        {
            ["lib_copies eq 2"] = () => Where("lib_copies", ConditionOperator.Equal, 2),
            ["lib_copies ne 2"] = () => Where("lib_copies", ConditionOperator.NotEqual, 2),
            ["lib_copies gt 2"] = () => Where("lib_copies", ConditionOperator.GreaterThan, 2),
            ["lib_copies ge 2"] = () => Where("lib_copies", ConditionOperator.GreaterEqual, 2),
            ["lib_copies lt 2"] = () => Where("lib_copies", ConditionOperator.LessThan, 2),
            ["lib_copies le 2"] = () => Where("lib_copies", ConditionOperator.LessEqual, 2),
            ["3 gt lib_copies"] = () => Where("lib_copies", ConditionOperator.LessThan, 3),
            ["lib_copies eq null"] = () => Where("lib_copies", ConditionOperator.Null),
            ["lib_copies ne null"] = () => Where("lib_copies", ConditionOperator.NotNull),
            ["lib_name eq 'Alpha'"] = () => Where("lib_name", ConditionOperator.Equal, "Alpha"),
            ["lib_name eq 'ALPHA'"] = () => Where("lib_name", ConditionOperator.Equal, "ALPHA"),
            ["lib_name ne 'Alpha'"] = () => Where("lib_name", ConditionOperator.NotEqual, "Alpha"),
            ["contains(lib_name,'ph')"] = () => Where("lib_name", ConditionOperator.Like, "%ph%"),
            ["startswith(lib_name,'Al')"] = () => Where("lib_name", ConditionOperator.BeginsWith, "Al"),
            ["endswith(lib_name,'ta')"] = () => Where("lib_name", ConditionOperator.EndsWith, "ta"),
            ["not contains(lib_name,'a')"] = () => Where("lib_name", ConditionOperator.NotLike, "%a%"),
            ["not startswith(lib_name,'A')"] = () => Where("lib_name", ConditionOperator.DoesNotBeginWith, "A"),
            ["not endswith(lib_name,'a')"] = () => Where("lib_name", ConditionOperator.DoesNotEndWith, "a"),
            ["lib_copies gt 1 and lib_copies lt 4"] = () => All(Condition("lib_copies", ConditionOperator.GreaterThan, 1), Condition("lib_copies", ConditionOperator.LessThan, 4)),
            ["lib_copies eq 0 or lib_copies eq 3"] = () => Any(Condition("lib_copies", ConditionOperator.Equal, 0), Condition("lib_copies", ConditionOperator.Equal, 3)),
            ["not (lib_copies eq 1)"] = () => Where("lib_copies", ConditionOperator.NotEqual, 1),
            ["not (lib_copies gt 1 and lib_genre eq 1)"] = () => Any(Condition("lib_copies", ConditionOperator.LessEqual, 1), Condition("lib_genre", ConditionOperator.NotEqual, 1)),
            ["lib_genre eq 2"] = () => Where("lib_genre", ConditionOperator.Equal, 2),
            ["lib_genre eq null"] = () => Where("lib_genre", ConditionOperator.Null),
            ["lib_available eq true"] = () => Where("lib_available", ConditionOperator.Equal, true),
            ["lib_available eq false"] = () => Where("lib_available", ConditionOperator.Equal, false),
            ["lib_available"] = () => Where("lib_available", ConditionOperator.Equal, true),
            ["not lib_available"] = () => Where("lib_available", ConditionOperator.Equal, false),
            ["lib_price gt 10"] = () => Where("lib_price", ConditionOperator.GreaterThan, 10m),
            ["lib_price le 9.99"] = () => Where("lib_price", ConditionOperator.LessEqual, 9.99m),
            ["lib_published gt 2025-01-01T00:00:00Z"] = () => Where("lib_published", ConditionOperator.GreaterThan, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            ["lib_published lt 2025-06-01T00:00:00Z or lib_published eq null"] = () => Any(
                Condition("lib_published", ConditionOperator.LessThan, new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc)), Condition("lib_published", ConditionOperator.Null)),
            ["_lib_libraryid_value eq {library}"] = () => Where("lib_libraryid", ConditionOperator.Equal, _library),
            ["_lib_libraryid_value eq null"] = () => Where("lib_libraryid", ConditionOperator.Null),
            ["_lib_libraryid_value ne null and lib_copies ge 1"] = () => All(Condition("lib_libraryid", ConditionOperator.NotNull), Condition("lib_copies", ConditionOperator.GreaterEqual, 1)),
            ["lib_position in (1,3,5)"] = () => Where("lib_position", ConditionOperator.In, 1, 3, 5),
            ["(lib_copies eq 1 or lib_copies eq 2) and (lib_genre eq 1 or lib_genre eq null)"] = () => All(
                Any(Condition("lib_copies", ConditionOperator.Equal, 1), Condition("lib_copies", ConditionOperator.Equal, 2)),
                Any(Condition("lib_genre", ConditionOperator.Equal, 1), Condition("lib_genre", ConditionOperator.Null))),
        };

        public static IEnumerable<object[]> Cases => Filters.Keys.Select(filter => new object[] { filter });

        [ClassInitialize]
        public static async Task CreateTheBooks(TestContext _)
        {
            _host = await TestHosts.LibraryApi();
            _client = await HostClient.SignIn(_host);
            _shelf = Codes.New().Substring(0, 10);
            var code = Codes.New();
            _library = HostClient.EntityId(await _client.Post("lib_libraries", new { lib_name = "Filters", lib_code = code }));
            var books = new (string Name, int? Copies, int? Genre, bool? Available, decimal? Price, string? Published, bool Linked)[]
            {
                ("Alpha", 0, 1, true, 5.00m, "2024-05-01T00:00:00Z", true),
                ("Beta", 1, 2, false, 12.50m, "2025-02-01T00:00:00Z", false),
                ("Gamma", 2, 1, true, null, "2025-07-15T00:00:00Z", true),
                ("Delta", 3, null, null, 9.99m, null, false),
                ("alpha two", null, 2, true, 20m, "2026-01-01T00:00:00Z", true),
                ("Epsilon", 1, 1, false, 10m, "2023-12-31T00:00:00Z", false),
                ("Zeta", 2, 2, true, null, "2025-05-31T00:00:00Z", false),
                ("Eta", 3, 1, false, 15m, "2025-06-01T00:00:00Z", true),
                ("Theta", 0, null, true, 1m, null, false),
                ("Iota", null, null, null, null, null, false),
                ("Kappa", 1, 2, true, 10.01m, "2025-01-01T00:00:00Z", true),
                ("Lambda", 2, 1, false, 7m, "2024-12-31T00:00:00Z", false),
            };
            for (var i = 0; i < books.Length; i++)
            {
                var book = books[i];
                var body = new Dictionary<string, object?>
                {
                    ["lib_name"] = book.Name, ["lib_shelf"] = _shelf, ["lib_position"] = i + 1, ["lib_copies"] = book.Copies, ["lib_genre"] = book.Genre,
                    ["lib_available"] = book.Available, ["lib_price"] = book.Price, ["lib_published"] = book.Published,
                };
                if (book.Linked)
                {
                    body["lib_LibraryId@odata.bind"] = $"/lib_libraries({_library})";
                }

                Assert.AreEqual(System.Net.HttpStatusCode.NoContent, (await _client.Post("lib_books", body)).StatusCode);
            }
        }

        [TestMethod]
        [DynamicData(nameof(Cases))]
        public async Task ODataFilter_FindsTheRowsOfTheEquivalentQueryExpression(string filter)
        {
            var viaHttp = await OverHttp(filter.Replace("{library}", _library.ToString(), StringComparison.Ordinal));
            var viaService = ThroughService(Filters[filter]());

            CollectionAssert.AreEqual(viaService, viaHttp, filter);
        }

        [TestMethod]
        public async Task TheFilters_SplitTheBooksInManyDifferentWays()
        {
            var results = new HashSet<string>();
            foreach (var filter in Filters.Keys)
            {
                results.Add(string.Join(",", await OverHttp(filter.Replace("{library}", _library.ToString(), StringComparison.Ordinal))));
            }

            Assert.IsTrue(Filters.Count >= 30);
            Assert.IsTrue(results.Count >= 20, $"Only {results.Count} different answers: the data does not tell the filters apart.");
        }

        private static async Task<List<int>> OverHttp(string filter)
        {
            var response = await _client.Get($"lib_books?$select=lib_position&$filter=lib_shelf eq '{_shelf}' and ({Uri.EscapeDataString(filter)})");
            var body = await HostClient.Json(response);
            Assert.IsTrue(body.TryGetProperty("value", out var rows), filter + ": " + body);
            return rows.EnumerateArray().Select(row => row.GetProperty("lib_position").GetInt32()).OrderBy(position => position).ToList();
        }

        private static List<int> ThroughService(FilterExpression filter)
        {
            var query = new QueryExpression("lib_book") { ColumnSet = new ColumnSet("lib_position") };
            query.Criteria.AddCondition("lib_shelf", ConditionOperator.Equal, _shelf);
            query.Criteria.AddFilter(filter);
            return _host.Emulator.CreateOrganizationService(null).RetrieveMultiple(query).Entities
                .Select(row => row.GetAttributeValue<int>("lib_position")).OrderBy(position => position).ToList();
        }

        private static FilterExpression Where(string column, ConditionOperator op, params object[] values) => All(Condition(column, op, values));

        private static ConditionExpression Condition(string column, ConditionOperator op, params object[] values) => new(column, op, values);

        private static FilterExpression All(params object[] parts) => Combine(LogicalOperator.And, parts);

        private static FilterExpression Any(params object[] parts) => Combine(LogicalOperator.Or, parts);

        private static FilterExpression Combine(LogicalOperator op, object[] parts)
        {
            var filter = new FilterExpression(op);
            foreach (var part in parts)
            {
                if (part is FilterExpression nested)
                {
                    filter.AddFilter(nested);
                }
                else
                {
                    filter.AddCondition((ConditionExpression)part);
                }
            }

            return filter;
        }
    }
}
