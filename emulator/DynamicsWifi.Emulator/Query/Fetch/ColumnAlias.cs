namespace DynamicsWifi.Emulator.Query.Fetch
{
    /// <summary>An attribute of a plain fetch with an alias: the link alias it belongs to (null for the entity), its
    /// column and the key it is returned under.</summary>
    internal sealed class ColumnAlias
    {
        public ColumnAlias(string? scope, string column, string alias)
        {
            Scope = scope;
            Column = column;
            Alias = alias;
        }

        public string? Scope { get; }

        public string Column { get; }

        public string Alias { get; }
    }
}
