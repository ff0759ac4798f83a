using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Query.Fetch;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>Turns joined rows into the Entity objects Dataverse returns: LogicalName, Id, RowVersion, the primary key
    /// always, the requested columns that hold a value (Dataverse leaves nulls out), lookups named, formatted values,
    /// and link-entity columns as AliasedValue under "alias.column"
    /// (learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/join-tables).</summary>
    internal sealed class EntityProjector
    {
        private readonly QueryPlan _plan;
        private readonly LookupNames _names;
        private readonly IReadOnlyList<ColumnAlias> _aliases;

        public EntityProjector(QueryPlan plan, LookupNames names, IReadOnlyList<ColumnAlias> aliases)
        {
            _plan = plan;
            _names = names;
            _aliases = aliases;
            foreach (var column in plan.Query.ColumnSet?.Columns ?? (IEnumerable<string>)Array.Empty<string>())
            {
                plan.Column((string?)null, column);
            }
        }

        public string PrimaryKey => _plan.Table.PrimaryIdAttribute;

        /// <summary>Whether the query asked for the primary key itself, which then counts towards distinct.</summary>
        public bool PrimaryKeyRequested => _plan.Query.ColumnSet != null
            && (_plan.Query.ColumnSet.AllColumns || _plan.Query.ColumnSet.Columns.Contains(PrimaryKey));

        public Entity Project(JoinedRow joined)
        {
            var row = joined.Main;
            var table = _plan.Table;
            var entity = new Entity(table.LogicalName, row.Id) { RowVersion = row.Version.ToString(CultureInfo.InvariantCulture) };
            entity[table.PrimaryIdAttribute] = row.Id;
            foreach (var (column, value) in Selected(table, row, _plan.Query.ColumnSet))
            {
                if (!AddAliased(entity, null, table, column, value))
                {
                    entity[column.LogicalName] = Named(value);
                    AddFormatted(entity, column.LogicalName, column, value);
                }
            }

            foreach (var link in _plan.AllLinks())
            {
                var linked = joined.Get(link.Alias);
                if (linked == null || link.Join is not (JoinOperator.Inner or JoinOperator.LeftOuter or JoinOperator.Natural or JoinOperator.MatchFirstRowUsingCrossApply))
                {
                    continue;
                }

                foreach (var (column, value) in Selected(link.Table, linked, link.Source.Columns))
                {
                    if (AddAliased(entity, link.Alias, link.Table, column, value))
                    {
                        continue;
                    }

                    var key = link.Alias + "." + column.LogicalName;
                    entity[key] = new AliasedValue(link.Table.LogicalName, column.LogicalName, Named(value));
                    AddFormatted(entity, key, column, value);
                }
            }

            return entity;
        }

        private static IEnumerable<(ColumnMetadata Column, object Value)> Selected(TableMetadata table, Row row, ColumnSet? columns)
        {
            IEnumerable<string> names = columns == null
                ? Array.Empty<string>()
                : columns.AllColumns ? row.Values.Keys.OrderBy(name => name, StringComparer.Ordinal) : columns.Columns;
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                var value = row[name];
                if (value != null && table.Columns.TryGetValue(name, out var column))
                {
                    yield return (column, value);
                }
            }
        }

        // A fetch attribute with an alias comes back as AliasedValue under the alias alone
        // (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/attribute).
        private bool AddAliased(Entity entity, string? scope, TableMetadata table, ColumnMetadata column, object value)
        {
            var found = false;
            foreach (var alias in _aliases)
            {
                if (alias.Scope == scope && alias.Column == column.LogicalName)
                {
                    entity[alias.Alias] = new AliasedValue(table.LogicalName, column.LogicalName, Named(value));
                    AddFormatted(entity, alias.Alias, column, value);
                    found = true;
                }
            }

            return found;
        }

        private object? Named(object value)
        {
            var copy = ValueCopy.Of(value);
            if (copy is EntityReference reference)
            {
                reference.Name = _names.NameOf(reference);
            }

            return copy;
        }

        private void AddFormatted(Entity entity, string key, ColumnMetadata column, object value)
        {
            var formatted = FormattedValues.For(column, value, _names);
            if (formatted != null)
            {
                entity.FormattedValues[key] = formatted;
            }
        }
    }
}
