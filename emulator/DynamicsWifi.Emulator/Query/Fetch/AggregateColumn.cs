namespace DynamicsWifi.Emulator.Query.Fetch
{
    /// <summary>One attribute of an aggregate fetch: an aggregate function or a group-by, over a column of the entity
    /// (EntityAlias null) or of a link-entity, returned under Alias.</summary>
    internal sealed class AggregateColumn
    {
        public AggregateColumn(string alias, string? entityAlias, string column, AggregateFunction function, DateGrouping? dateGrouping, bool distinct)
        {
            Alias = alias;
            EntityAlias = entityAlias;
            Column = column;
            Function = function;
            DateGrouping = dateGrouping;
            Distinct = distinct;
        }

        public string Alias { get; }

        public string? EntityAlias { get; }

        public string Column { get; }

        public AggregateFunction Function { get; }

        public DateGrouping? DateGrouping { get; }

        public bool Distinct { get; }
    }
}
