using DynamicsWifi.Emulator.WebApi.Edm;

namespace DynamicsWifi.Emulator.WebApi.Json
{
    /// <summary>One expanded single-valued navigation property and the shape of the row it brings.</summary>
    internal sealed class ExpandShape
    {
        public ExpandShape(LookupNavigation navigation, RowShape shape)
        {
            Navigation = navigation;
            Shape = shape;
        }

        public LookupNavigation Navigation { get; }

        public RowShape Shape { get; }
    }
}
