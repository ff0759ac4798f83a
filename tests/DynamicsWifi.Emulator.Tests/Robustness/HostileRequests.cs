using System;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Robustness
{
    /// <summary>Generators of random and hostile requests over the test library solution (cr_library, cr_book): values
    /// of every kind at and beyond their limits, text with wildcards, control characters and unpaired surrogates, filter
    /// trees shallow and absurdly deep, any condition operator on any column, paging that makes no sense, and FetchXML
    /// both well-formed and not.</summary>
    internal static class HostileRequests
    {
        private static readonly string[] Columns = { "cr_name", "cr_code", "cr_visits", "cr_kind", "createdon", "modifiedon", "cr_libraryid", "statecode", "ownerid", "cr_missing", "" };

        private static readonly string[] FetchOperators =
        {
            "eq", "ne", "gt", "lt", "like", "not-like", "begins-with", "in", "between", "null", "not-null", "last-x-days", "next-x-years",
            "olderthan-x-years", "on", "on-or-after", "eq-userid", "contains", "above", "under", "nonsense",
        };

        private static readonly Gen<char> Character = Gen.Frequency(
            (8, (IGen<char>)Gen.Char['a', 'z']),
            (2, Gen.OneOf('%', '_', '[', ']', '^', '-', ' ', '\'', '<', '&', 'İ', 'ı', 'é')));

        private static readonly Gen<char> Hostile = Gen.Frequency(
            (3, (IGen<char>)Gen.OneOf('\0', '\u0007', '\uD800', '\uDC00', '\uFFFF')),
            (1, Gen.Char));

        /// <summary>Mostly short text with wildcards; now and then a character no column may hold, a value longer than
        /// any column allows, or a pattern of many wildcards.</summary>
        public static readonly Gen<string> Text = Gen.Frequency(
            (12, (IGen<string>)Gen.String[Character, 0, 12]),
            (1, Gen.Select(Gen.String[Character, 0, 12], Hostile, Gen.Int[0, 12], (text, character, at) => text.Insert(Math.Min(at, text.Length), character.ToString()))),
            (1, Gen.Int[90, 260].Select(length => new string('a', length))),
            (1, Gen.Int[2, 14].Select(stars => string.Concat(Enumerable.Repeat("%a", stars)) + "%b")));

        private static readonly Gen<object?> Value = Gen.Frequency(
            (3, (IGen<object?>)Text.Select(text => (object?)text)),
            (2, Gen.Int.Select(number => (object?)number)),
            (1, Gen.OneOf<object?>(int.MinValue, int.MaxValue, 0, -1, 1001, long.MaxValue, 99999999999m, decimal.MaxValue, double.NaN, double.PositiveInfinity)),
            (1, Gen.OneOf<object?>(DateTime.MinValue, DateTime.MaxValue, new DateTime(1753, 1, 1), new DateTime(2026, 3, 18))),
            (1, Gen.Guid.Select(id => (object?)id)),
            (1, Gen.OneOf<object?>(null, true, new OptionSetValue(1), new OptionSetValue(-5), new Money(-1m), new EntityReference("cr_library", Guid.Empty), new object())));

        private static readonly Gen<string> Column = Gen.Int[0, Columns.Length - 1].Select(index => Columns[index]);

        private static readonly Gen<ConditionExpression> Condition =
            Gen.Select(Column, Gen.Enum<ConditionOperator>(), Value.Array[0, 3], Gen.Int[0, 15], (column, op, values, flags) =>
            {
                var condition = new ConditionExpression(column, op, values.Where(value => value != null).Select(value => value!).ToArray());
                if (flags == 0)
                {
                    condition.CompareColumns = true;
                }
                else if (flags == 1)
                {
                    condition.EntityName = "book";
                }

                return condition;
            });

        /// <summary>A filter tree: mostly a few levels, now and then hundreds.</summary>
        private static readonly Gen<FilterExpression> Filter = Gen.Select(
            Gen.Frequency((9, (IGen<int>)Gen.Int[0, 4]), (1, Gen.Int[90, 400])),
            Condition.Array[0, 3],
            Gen.Bool,
            (depth, conditions, or) =>
            {
                var root = new FilterExpression(or ? LogicalOperator.Or : LogicalOperator.And);
                var filter = root;
                for (var level = 0; level < depth; level++)
                {
                    var child = new FilterExpression(level % 2 == 0 ? LogicalOperator.Or : LogicalOperator.And);
                    filter.AddFilter(child);
                    filter = child;
                }

                foreach (var condition in conditions)
                {
                    filter.AddCondition(condition);
                }

                return root;
            });

        public static readonly Gen<QueryExpression> Query = Gen.Select(
            Filter,
            Gen.Select(Column, Gen.Bool).Array[0, 3],
            Gen.Frequency((3, (IGen<int?>)Gen.Const<int?>((int?)null)), (1, Gen.OneOf<int?>(-1, 0, 3, 5000, 5001))),
            Gen.Select(Gen.Int[-2, 6000], Gen.Int[-2, 4], Gen.Frequency((3, (IGen<string?>)Gen.Const<string?>((string?)null)), (1, Text.Select(text => (string?)text)), (1, Gen.Const<string?>("<cookie page=\"1\"><cr_name last=\"x\" /><cr_libraryid last=\"{00000000-0000-0000-0000-000000000001}\" /></cookie>")))),
            Gen.Int[0, 7],
            (filter, orders, top, paging, shape) =>
            {
                var query = new QueryExpression(shape == 7 ? "cr_nothing" : "cr_library") { ColumnSet = shape == 6 ? new ColumnSet(true) : new ColumnSet("cr_name", "cr_code"), Criteria = filter, TopCount = top, Distinct = shape == 5 };
                foreach (var (column, descending) in orders)
                {
                    query.AddOrder(column, descending ? OrderType.Descending : OrderType.Ascending);
                }

                if (top == null)
                {
                    query.PageInfo = new PagingInfo { Count = paging.Item1, PageNumber = paging.Item2, PagingCookie = paging.Item3, ReturnTotalRecordCount = shape == 4 };
                }

                if (shape <= 2)
                {
                    var link = query.AddLink("cr_book", "cr_libraryid", "cr_libraryid", shape == 0 ? JoinOperator.LeftOuter : JoinOperator.Inner);
                    link.EntityAlias = "book";
                    link.Columns = new ColumnSet("cr_isbn");
                }

                return query;
            });

        public static readonly Gen<string> Fetch = Gen.Frequency(
            (6, (IGen<string>)Gen.Select(Column, Gen.Int[0, FetchOperators.Length - 1], Text, Gen.Frequency((9, (IGen<int>)Gen.Int[0, 3]), (1, Gen.Int[100, 3000])), Gen.Int[0, 6], (column, op, value, depth, shape) =>
            {
                var fetch = new StringBuilder(shape == 0 ? "<fetch aggregate='true' top='99999999999'>" : shape == 1 ? "<fetch count='5000' page='2'>" : "<fetch>");
                fetch.Append("<entity name='cr_library'>");
                fetch.Append(shape == 0 ? "<attribute name='cr_visits' alias='total' aggregate='sum' />" : "<attribute name='cr_name' />");
                fetch.Append(shape == 2 ? "<link-entity name='cr_book' from='cr_libraryid' to='cr_libraryid' alias='b'><attribute name='cr_isbn' /></link-entity>" : string.Empty);
                fetch.Append(string.Concat(Enumerable.Repeat("<filter type='or'>", depth + 1)));
                fetch.Append("<condition attribute='").Append(Escape(column)).Append("' operator='").Append(FetchOperators[op]).Append("' value='").Append(Escape(value)).Append("' />");
                fetch.Append(string.Concat(Enumerable.Repeat("</filter>", depth + 1)));
                return fetch.Append(shape == 3 ? "<order attribute='cr_name' descending='maybe' />" : string.Empty).Append("</entity></fetch>").ToString();
            })),
            (1, Text),
            (1, Gen.Int[100, 2000].Select(depth => "<fetch><entity name='cr_library'>" + string.Concat(Enumerable.Repeat("<link-entity name='cr_library' from='cr_libraryid' to='cr_libraryid'>", depth)))));

        public static readonly Gen<Entity> Library = Gen.Select(Text, Text, Value, Value, Gen.Int[0, 9], (name, code, visits, kind, shape) =>
        {
            var library = new Entity(shape == 9 ? "cr_nothing" : "cr_library") { ["cr_name"] = name };
            if (shape % 2 == 0)
            {
                library["cr_code"] = code;
            }

            if (shape % 3 == 0)
            {
                library["cr_visits"] = visits;
            }

            if (shape == 4)
            {
                library["cr_kind"] = kind;
            }

            if (shape == 5)
            {
                library["cr_unknown"] = visits;
            }

            return library;
        });

        private static string Escape(string text) => new StringBuilder(text).Replace("&", "&amp;").Replace("'", "&apos;").Replace("<", "&lt;").ToString();
    }
}
