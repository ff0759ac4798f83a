using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>Cuts the ordered rows into the page asked for. Pages hold PageInfo.Count rows, 5,000 at most and by
    /// default, as Dataverse serves; a paging cookie for the previous page resumes strictly after that page's last
    /// row (its order values, then its primary key), so every row comes back exactly once even when order values
    /// tie. Queries that cannot carry a cookie (ordered on a link, or repeating rows through a one-to-many join) get
    /// none, and the page is found by its number
    /// (learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results).</summary>
    internal static class Pager
    {
        public const int MaximumPageSize = 5000;

        /// <param name="rows">Reads the query's joined rows, unordered; called once, or twice when a paging cookie turns
        /// out not to apply to the rows read. Only the rows up to the page's end are ever kept and ordered.</param>
        public static PageResult Page(Func<IEnumerable<JoinedRow>> rows, QueryExpression query, RowOrder order)
        {
            var paging = query.PageInfo ?? new PagingInfo();
            if (query.TopCount.HasValue)
            {
                if (paging.Count > 0 || paging.PageNumber > 1 || !string.IsNullOrEmpty(paging.PagingCookie))
                {
                    throw DataverseFaults.InvalidArgument("The TopCount and paging (PageInfo.Count, PageNumber or PagingCookie) cannot be used together.");
                }

                // "This value cannot exceed 5,000" (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/fetch).
                if (query.TopCount.Value < 0 || query.TopCount.Value > MaximumPageSize)
                {
                    throw DataverseFaults.InvalidArgument("The top count cannot be negative or exceed 5,000.");
                }

                var top = TopRows.Select(rows(), order, query.TopCount.Value);
                return new PageResult(top.Rows, false, null, top.Total);
            }

            var size = paging.Count > 0 ? Math.Min(paging.Count, MaximumPageSize) : MaximumPageSize;
            var page = Math.Max(paging.PageNumber, 1);
            if (!string.IsNullOrEmpty(paging.PagingCookie))
            {
                var cookie = PagingCookie.Read(paging.PagingCookie);
                var after = cookie.Page == page - 1 ? ResumeAfter(cookie, order) : null;
                if (after != null)
                {
                    var resumed = TopRows.Select(rows(), order, size + 1L, after);
                    if (!resumed.RepeatsTableRows)
                    {
                        var next = resumed.Rows.Take(size).ToList();
                        return new PageResult(next, resumed.Eligible > next.Count, Cookie(page, next, order), resumed.Total);
                    }
                }
            }

            var start = (long)(page - 1) * size;
            var firstPages = TopRows.Select(rows(), order, start + size);
            var pageRows = start >= firstPages.Rows.Count ? new List<JoinedRow>() : firstPages.Rows.Skip((int)start).Take(size).ToList();
            var more = start + pageRows.Count < firstPages.Total;
            var supportsCookie = order.OnlyMainColumns && !firstPages.RepeatsTableRows;
            return new PageResult(pageRows, more, supportsCookie ? Cookie(page, pageRows, order) : null, firstPages.Total);
        }

        private static string Cookie(int page, List<JoinedRow> rows, RowOrder order)
        {
            if (rows.Count == 0)
            {
                return PagingCookie.Write(page, Array.Empty<(string, object?, object?)>());
            }

            var first = rows[0];
            var last = rows[rows.Count - 1];
            var columns = order.MainColumns
                .Select(column => (column.Column.LogicalName, order.Key(column, last), order.Key(column, first)))
                .ToList();
            columns.Add((order.PrimaryKey, (object?)last.Main.Id, (object?)first.Main.Id));
            return PagingCookie.Write(page, columns);
        }

        // Queries ordered on a link's column, or repeating a row once per child of a one-to-many join, get no paging
        // cookie and fall back to paging by number, as Dataverse does for queries that do not support cookies. This
        // gives the test of rows after the cookie's, or null when the cookie cannot say (written for other orders,
        // or the query is ordered on a link): the caller then pages by number.
        private static Func<JoinedRow, bool>? ResumeAfter(PagingCookie cookie, RowOrder order)
        {
            var columns = order.MainColumns.ToList();
            if (!order.OnlyMainColumns || cookie.Columns.Count != columns.Count + 1)
            {
                return null;
            }

            var keys = new List<object?>();
            for (var index = 0; index < columns.Count; index++)
            {
                if (cookie.Columns[index].Column != columns[index].Column.LogicalName)
                {
                    return null;
                }

                keys.Add(Parse(cookie.Columns[index].Last, columns[index].Column.Type));
            }

            var (keyColumn, lastId) = cookie.Columns[columns.Count];
            if (keyColumn != order.PrimaryKey || !Guid.TryParse(lastId, out var id))
            {
                return null;
            }

            return row => After(row, keys, id, columns, order);
        }

        private static object? Parse(string? text, Metadata.ColumnType type)
        {
            try
            {
                // Lookups and choices sort by name and label, so their cookie values are text.
                var keyType = type is Metadata.ColumnType.Lookup or Metadata.ColumnType.Picklist or Metadata.ColumnType.State
                    or Metadata.ColumnType.Status or Metadata.ColumnType.MultiSelectPicklist
                    ? Metadata.ColumnType.String
                    : type;
                return PagingCookie.Parse(text, keyType);
            }
            catch (FormatException)
            {
                throw DataverseFaults.InvalidPagingCookie();
            }
        }

        private static bool After(JoinedRow row, List<object?> keys, Guid lastId, List<RowOrder.SortColumn> columns, RowOrder order)
        {
            for (var index = 0; index < columns.Count; index++)
            {
                var compared = SqlValues.CompareNullable(order.Key(columns[index], row), keys[index], order.Collation);
                if (compared != 0)
                {
                    return columns[index].Descending ? compared < 0 : compared > 0;
                }
            }

            return SqlValues.CompareGuid(row.Main.Id, lastId) > 0;
        }
    }
}
