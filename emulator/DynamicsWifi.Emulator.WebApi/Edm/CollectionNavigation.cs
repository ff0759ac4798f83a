using DynamicsWifi.Emulator.Views;

namespace DynamicsWifi.Emulator.WebApi.Edm
{
    /// <summary>A collection-valued navigation property: on a parent table, the rows of a child table whose lookup
    /// points at it (the relationship's ReferencedEntityNavigationPropertyName).</summary>
    internal sealed class CollectionNavigation
    {
        public CollectionNavigation(string name, TableView table, LookupNavigation partner)
        {
            Name = name;
            Table = table;
            Partner = partner;
        }

        public string Name { get; }

        /// <summary>The parent table the property is on.</summary>
        public TableView Table { get; }

        /// <summary>The child's single-valued property back to the parent: the child table and its lookup column.</summary>
        public LookupNavigation Partner { get; }

        public TableView Related => Partner.Table;
    }
}
