using System;
using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Emulator.Metadata.Standard
{
    /// <summary>Declares a standard table in a few lines: its primary key and the system columns come first, then the
    /// columns listed. Column names are logical names; lengths and ranges are Microsoft's (see each table's file).</summary>
    internal sealed class TableBuilder
    {
        private readonly Dictionary<string, ColumnMetadata> _columns = new Dictionary<string, ColumnMetadata>(StringComparer.Ordinal);
        private readonly List<AlternateKeyMetadata> _keys = new List<AlternateKeyMetadata>();
        private readonly string _entitySetName;
        private readonly OwnershipType _ownership;
        private readonly string? _primaryName;

        public TableBuilder(string logicalName, string entitySetName, OwnershipType ownership, string? primaryName, bool isIntersect = false, string? primaryId = null)
        {
            LogicalName = logicalName;
            PrimaryId = primaryId ?? logicalName + "id";
            _entitySetName = entitySetName;
            _ownership = ownership;
            _primaryName = primaryName;
            Add(new ColumnMetadata(logicalName, PrimaryId, ColumnType.PrimaryKey, RequiredLevel.SystemRequired, isValidForUpdate: false));
            foreach (var column in SystemColumns.For(logicalName, ownership, isIntersect))
            {
                Add(column);
            }
        }

        public string LogicalName { get; }

        public string PrimaryId { get; }

        public TableBuilder Add(ColumnMetadata column)
        {
            _columns[column.LogicalName] = column;
            return this;
        }

        public TableBuilder Text(string name, int maxLength, RequiredLevel level = RequiredLevel.None, bool readOnly = false, bool updatable = true) =>
            Add(new ColumnMetadata(LogicalName, name, ColumnType.String, level, maxLength, isValidForCreate: !readOnly, isValidForUpdate: !readOnly && updatable));

        public TableBuilder Memo(string name, int maxLength, RequiredLevel level = RequiredLevel.None, bool readOnly = false) =>
            Add(new ColumnMetadata(LogicalName, name, ColumnType.Memo, level, maxLength, isValidForCreate: !readOnly, isValidForUpdate: !readOnly));

        public TableBuilder WholeNumber(string name, int min = int.MinValue, int max = int.MaxValue, bool readOnly = false) =>
            Add(new ColumnMetadata(LogicalName, name, ColumnType.Integer, minValue: min, maxValue: max, isValidForCreate: !readOnly, isValidForUpdate: !readOnly));

        public TableBuilder Double(string name, decimal min, decimal max, int precision, bool readOnly = false) =>
            Add(new ColumnMetadata(LogicalName, name, ColumnType.Double, minValue: min, maxValue: max, precision: precision, isValidForCreate: !readOnly, isValidForUpdate: !readOnly));

        public TableBuilder YesNo(string name, bool readOnly = false, string no = "No", string yes = "Yes") =>
            Add(new ColumnMetadata(LogicalName, name, ColumnType.Boolean, options: new Dictionary<int, string> { [0] = no, [1] = yes }, isValidForCreate: !readOnly, isValidForUpdate: !readOnly));

        public TableBuilder Date(string name, DateTimeBehavior behavior = DateTimeBehavior.UserLocal, bool readOnly = false) =>
            Add(new ColumnMetadata(LogicalName, name, ColumnType.DateTime, isValidForCreate: !readOnly, isValidForUpdate: !readOnly, dateTimeBehavior: behavior));

        public TableBuilder Guid(string name, bool readOnly = false) =>
            Add(new ColumnMetadata(LogicalName, name, ColumnType.UniqueIdentifier, isValidForCreate: !readOnly, isValidForUpdate: !readOnly));

        public TableBuilder TableName(string name) =>
            Add(new ColumnMetadata(LogicalName, name, ColumnType.EntityName, maxLength: 64));

        public TableBuilder Lookup(string name, RequiredLevel level, params string[] targets) =>
            Add(new ColumnMetadata(LogicalName, name, ColumnType.Lookup, level, lookupTargets: targets));

        public TableBuilder ReadOnlyLookup(string name, params string[] targets) =>
            Add(new ColumnMetadata(LogicalName, name, ColumnType.Lookup, lookupTargets: targets, isValidForCreate: false, isValidForUpdate: false));

        public TableBuilder Choice(string name, RequiredLevel level, params (int Value, string Label)[] options) =>
            Add(new ColumnMetadata(LogicalName, name, ColumnType.Picklist, level, options: options.ToDictionary(option => option.Value, option => option.Label)));

        /// <summary>statecode (exports: systemrequired, not valid for Create) and statuscode with the state of each reason.</summary>
        public TableBuilder States((int Value, string Label)[] states, (int Value, int State, string Label)[] statuses)
        {
            Add(new ColumnMetadata(
                LogicalName, "statecode", ColumnType.State, RequiredLevel.SystemRequired,
                options: states.ToDictionary(state => state.Value, state => state.Label), isValidForCreate: false));
            return Add(new ColumnMetadata(
                LogicalName, "statuscode", ColumnType.Status,
                options: statuses.ToDictionary(status => status.Value, status => status.Label),
                statusStates: statuses.ToDictionary(status => status.Value, status => status.State)));
        }

        /// <summary>The Active/Inactive pair most tables have: statecode 0/1, statuscode 1/2.</summary>
        public TableBuilder ActiveInactive() =>
            States(new[] { (0, "Active"), (1, "Inactive") }, new[] { (1, 0, "Active"), (2, 1, "Inactive") });

        public TableBuilder Without(string name)
        {
            _columns.Remove(name);
            return this;
        }

        public TableBuilder Key(string schemaName, params string[] columns)
        {
            _keys.Add(new AlternateKeyMetadata(LogicalName, schemaName, columns));
            return this;
        }

        public TableMetadata Build() =>
            new TableMetadata(LogicalName, PrimaryId, _primaryName, _entitySetName, _ownership, new Dictionary<string, ColumnMetadata>(_columns, StringComparer.Ordinal), _keys.ToList());
    }
}
