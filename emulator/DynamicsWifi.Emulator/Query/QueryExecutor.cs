using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Query.Fetch;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>RetrieveMultiple's query engine: a pure function from a QueryExpression, QueryByAttribute or
    /// FetchExpression, the rows the caller's transaction sees, and metadata, to the EntityCollection Dataverse would
    /// return (STYLE.md 3.4).</summary>
    internal static class QueryExecutor
    {
        public static EntityCollection RetrieveMultiple(QueryBase query, IRowSource source, MetadataCatalog catalog, QueryContext context)
        {
            switch (query)
            {
                case QueryExpression expression:
                    return Run(expression, source, catalog, context, false);
                case QueryByAttribute byAttribute:
                    return Run(QueryByAttributeTranslator.ToQueryExpression(byAttribute), source, catalog, context, false);
                case FetchExpression fetch:
                    var parsed = FetchXmlReader.Read(fetch.Query);
                    return parsed.Aggregates.Count > 0 || parsed.IsAggregate
                        ? AggregateEvaluator.Run(parsed, source, catalog, context)
                        : Run(parsed.Query, source, catalog, context, true, parsed.ColumnAliases);
                case null:
                    throw DataverseFaults.InvalidArgument("The query is required.");
                default:
                    throw DataverseFaults.InvalidArgument("Unsupported query type: " + query.GetType().FullName);
            }
        }

        private static EntityCollection Run(QueryExpression query, IRowSource source, MetadataCatalog catalog, QueryContext context, bool valuesAreText, IReadOnlyList<ColumnAlias>? aliases = null)
        {
            var plan = new QueryPlan(query, catalog);
            var names = new LookupNames(source, catalog);
            var projector = new EntityProjector(plan, names, aliases ?? Array.Empty<ColumnAlias>());
            var order = new RowOrder(plan, names);
            var reader = new RowReader(source, plan, context, valuesAreText);
            Func<IEnumerable<JoinedRow>> rows = reader.Read;
            if (query.Distinct)
            {
                // Which duplicate is kept depends on the order, so distinct sorts everything first.
                var all = reader.Read().ToList();
                Sorting.Sort(all, order);
                var distinct = Distinct(all, projector, plan.Collation);
                rows = () => distinct;
            }

            var page = Pager.Page(rows, query, order);
            var result = new EntityCollection(page.Rows.Select(projector.Project).ToList())
            {
                EntityName = plan.Table.LogicalName,
                MoreRecords = page.MoreRecords,
                PagingCookie = page.PagingCookie,
                TotalRecordCount = -1,
            };
            if (query.PageInfo?.ReturnTotalRecordCount == true)
            {
                // Dataverse counts at most 5,000 rows and says when there are more.
                result.TotalRecordCount = Math.Min(page.Total, Pager.MaximumPageSize);
                result.TotalRecordCountLimitExceeded = page.Total > Pager.MaximumPageSize;
            }

            return result;
        }

        // distinct: rows whose returned columns are all equal come back once, the first in order.
        private static List<JoinedRow> Distinct(List<JoinedRow> rows, EntityProjector projector, TextCollation collation)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var result = new List<JoinedRow>();
            foreach (var row in rows)
            {
                var entity = projector.Project(row);
                var others = entity.Attributes.Count(pair => pair.Key != projector.PrimaryKey);
                var key = string.Join(
                    "\u001f",
                    entity.Attributes
                        .Where(pair => pair.Key != projector.PrimaryKey || projector.PrimaryKeyRequested || others == 0)
                        .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                        .Select(pair => pair.Key + "=" + KeyText(SqlValues.Normalize(pair.Value), collation)));
                if (seen.Add(key))
                {
                    result.Add(row);
                }
            }

            return result;
        }

        // Text that is equal exactly when SQL would call the values equal: text folded by the collation, dates to the
        // tick, a multi-select selection as its sorted options.
        private static string KeyText(object? value, TextCollation collation) => value switch
        {
            null => string.Empty,
            string text => collation.Fold(text),
            DateTime moment => moment.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
            IEnumerable<OptionSetValue> options => string.Join(",", options.Select(option => option.Value).OrderBy(number => number)),
            IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }
}
