using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Fetch
{
    /// <summary>What a fetch XML says: the same query a QueryExpression would express, plus, for aggregate="true",
    /// the aggregate and group-by columns and the orders by alias.</summary>
    internal sealed class FetchQuery
    {
        public FetchQuery(QueryExpression query)
        {
            Query = query;
        }

        public QueryExpression Query { get; }

        public bool IsAggregate { get; set; }

        /// <summary>aggregatelimit: a lower cap than Dataverse's 50,000 rows.</summary>
        public int? AggregateLimit { get; set; }

        public List<AggregateColumn> Aggregates { get; } = new List<AggregateColumn>();

        public List<(string Alias, bool Descending)> AggregateOrders { get; } = new List<(string, bool)>();

        /// <summary>Plain attributes given an alias: returned as AliasedValue under that alias, not under the column.</summary>
        public List<ColumnAlias> ColumnAliases { get; } = new List<ColumnAlias>();
    }
}
