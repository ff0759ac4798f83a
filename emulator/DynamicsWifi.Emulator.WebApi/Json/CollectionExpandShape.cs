using System.Collections.Generic;
using DynamicsWifi.Emulator.WebApi.Edm;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.WebApi.Json
{
    /// <summary>One expanded collection-valued navigation property: the shape of each related row, and the $filter,
    /// $orderby and $top the expansion carries
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/query/join-tables).</summary>
    internal sealed class CollectionExpandShape
    {
        public CollectionExpandShape(CollectionNavigation navigation, RowShape shape, FilterExpression? filter, IReadOnlyList<OrderExpression> orders, int? top)
        {
            Navigation = navigation;
            Shape = shape;
            Filter = filter;
            Orders = orders;
            Top = top;
        }

        public CollectionNavigation Navigation { get; }

        public RowShape Shape { get; }

        public FilterExpression? Filter { get; }

        public IReadOnlyList<OrderExpression> Orders { get; }

        public int? Top { get; }
    }
}
