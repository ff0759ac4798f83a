using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Edm;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.WebApi.Json
{
    /// <summary>What a response holds of each row: the columns ($select, or all of them) and the navigation properties
    /// expanded ($expand), single- and collection-valued, each with its own shape; and the organization's navigation
    /// properties, to name a lookup's in its annotations.</summary>
    internal sealed class RowShape
    {
        public RowShape(NavigationProperties navigations, TableView table, IReadOnlyList<ColumnView>? selected, IReadOnlyList<ExpandShape> expands, IReadOnlyList<CollectionExpandShape> collections)
        {
            Navigations = navigations;
            Collections = collections;
            Table = table;
            IsAllColumns = selected == null;
            Columns = selected ?? table.Columns.Values.Where(column => column.Kind != ColumnKind.PartyList).OrderBy(column => column.LogicalName, System.StringComparer.Ordinal).ToList();
            Expands = expands;
        }

        public TableView Table { get; }

        /// <summary>No $select: every column is written, nulls included, as Dataverse does.</summary>
        public bool IsAllColumns { get; }

        public IReadOnlyList<ColumnView> Columns { get; }

        public IReadOnlyList<ExpandShape> Expands { get; }

        public IReadOnlyList<CollectionExpandShape> Collections { get; }

        public NavigationProperties Navigations { get; }

        public static RowShape All(NavigationProperties navigations, TableView table) => new(navigations, table, null, new List<ExpandShape>(), new List<CollectionExpandShape>());

        /// <summary>The columns to retrieve: the selected ones and the lookups behind the expansions.</summary>
        public ColumnSet ToColumnSet() => IsAllColumns
            ? new ColumnSet(true)
            : new ColumnSet(Columns.Select(column => column.LogicalName).Concat(Expands.Select(expand => expand.Navigation.Column.LogicalName)).Distinct().ToArray());

        /// <summary>The select list of the @odata.context URL: "(fullname,_parentcustomerid_value)", or nothing.</summary>
        public string ContextSelect => IsAllColumns && Expands.Count == 0 && Collections.Count == 0
            ? string.Empty
            : "(" + string.Join(",", (IsAllColumns ? Enumerable.Empty<string>() : Columns.Select(PropertyName))
                .Concat(Expands.Select(expand => expand.Navigation.Name + "()"))
                .Concat(Collections.Select(expand => expand.Navigation.Name + "()"))) + ")";

        public static string PropertyName(ColumnView column) => column.Kind == ColumnKind.Lookup ? EdmNames.LookupValue(column.LogicalName) : column.LogicalName;
    }
}
