using DynamicsWifi.Emulator.Views;

namespace DynamicsWifi.Emulator.WebApi.Edm
{
    /// <summary>A single-valued navigation property: the lookup column behind it, the table it points at, and the
    /// collection-valued property on that table that leads back (null when no relationship names one).</summary>
    internal sealed class LookupNavigation
    {
        public LookupNavigation(string name, TableView table, ColumnView column, TableView target, string? partner)
        {
            Name = name;
            Table = table;
            Column = column;
            Target = target;
            Partner = partner;
        }

        public string Name { get; }

        /// <summary>The table holding the lookup.</summary>
        public TableView Table { get; }

        public ColumnView Column { get; }

        public TableView Target { get; }

        public string? Partner { get; }
    }
}
