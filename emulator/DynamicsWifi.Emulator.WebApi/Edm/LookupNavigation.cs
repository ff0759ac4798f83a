using DynamicsWifi.Emulator.Views;

namespace DynamicsWifi.Emulator.WebApi.Edm
{
    /// <summary>A single-valued navigation property: the lookup column behind it and the table it points at.</summary>
    internal sealed class LookupNavigation
    {
        public LookupNavigation(string name, ColumnView column, TableView target)
        {
            Name = name;
            Column = column;
            Target = target;
        }

        public string Name { get; }

        public ColumnView Column { get; }

        public TableView Target { get; }
    }
}
