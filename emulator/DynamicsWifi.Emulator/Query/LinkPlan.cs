using System.Collections.Generic;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>A link-entity resolved against metadata: its alias, the table it joins, the columns on each side, the
    /// alias it hangs from (null for the query's own table) and the links nested in it.</summary>
    internal sealed class LinkPlan
    {
        public LinkPlan(LinkEntity source, string alias, string? parentAlias, TableMetadata table, ColumnMetadata fromColumn, ColumnMetadata toColumn)
        {
            Source = source;
            Alias = alias;
            ParentAlias = parentAlias;
            Table = table;
            FromColumn = fromColumn;
            ToColumn = toColumn;
        }

        public LinkEntity Source { get; }

        public string Alias { get; }

        public string? ParentAlias { get; }

        public TableMetadata Table { get; }

        /// <summary>The parent's column (LinkFromAttributeName).</summary>
        public ColumnMetadata FromColumn { get; }

        /// <summary>This table's column (LinkToAttributeName).</summary>
        public ColumnMetadata ToColumn { get; }

        public JoinOperator Join => Source.JoinOperator;

        public List<LinkPlan> Children { get; } = new List<LinkPlan>();
    }
}
