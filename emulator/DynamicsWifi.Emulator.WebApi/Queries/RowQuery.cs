using DynamicsWifi.Emulator.WebApi.Json;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.WebApi.Queries
{
    /// <summary>A collection GET as the organization service runs it: the QueryExpression, the shape of each row in the
    /// response, and whether $count was asked for.</summary>
    internal sealed class RowQuery
    {
        public RowQuery(QueryExpression query, RowShape shape, bool isCounted)
        {
            Query = query;
            Shape = shape;
            IsCounted = isCounted;
        }

        public QueryExpression Query { get; }

        public RowShape Shape { get; }

        public bool IsCounted { get; }

        /// <summary>Paged rather than cut at $top: a next page may follow.</summary>
        public bool IsPaged => Query.PageInfo != null && Query.PageInfo.Count > 0;
    }
}
