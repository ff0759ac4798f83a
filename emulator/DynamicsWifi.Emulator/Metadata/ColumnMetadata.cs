using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>One column of a table, immutable: what the emulator accepts in it and how it returns it.</summary>
    internal sealed class ColumnMetadata
    {
        public ColumnMetadata(
            string tableLogicalName,
            string logicalName,
            ColumnType type,
            RequiredLevel requiredLevel = RequiredLevel.None,
            int? maxLength = null,
            decimal? minValue = null,
            decimal? maxValue = null,
            int? precision = null,
            IReadOnlyDictionary<int, string>? options = null,
            IReadOnlyList<string>? lookupTargets = null,
            bool isSecured = false,
            bool isValidForCreate = true,
            bool isValidForUpdate = true,
            DateTimeBehavior dateTimeBehavior = DateTimeBehavior.UserLocal,
            IReadOnlyDictionary<int, int>? statusStates = null)
        {
            TableLogicalName = tableLogicalName;
            LogicalName = logicalName;
            Type = type;
            RequiredLevel = requiredLevel;
            MaxLength = maxLength;
            MinValue = minValue;
            MaxValue = maxValue;
            Precision = precision;
            Options = options ?? new Dictionary<int, string>();
            LookupTargets = lookupTargets ?? new List<string>();
            IsSecured = isSecured;
            IsValidForCreate = isValidForCreate;
            IsValidForUpdate = isValidForUpdate;
            DateTimeBehavior = dateTimeBehavior;
            StatusStates = statusStates ?? new Dictionary<int, int>();
        }

        public string TableLogicalName { get; }

        public string LogicalName { get; }

        public ColumnType Type { get; }

        public RequiredLevel RequiredLevel { get; }

        /// <summary>Maximum characters of a String or Memo column.</summary>
        public int? MaxLength { get; }

        public decimal? MinValue { get; }

        public decimal? MaxValue { get; }

        /// <summary>Digits after the decimal point of a Decimal, Double or Money column.</summary>
        public int? Precision { get; }

        /// <summary>Allowed values of a Picklist, State, Status or MultiSelectPicklist column, with their labels.</summary>
        public IReadOnlyDictionary<int, string> Options { get; }

        /// <summary>Tables a Lookup may point at (from the relationships that use it).</summary>
        public IReadOnlyList<string> LookupTargets { get; }

        /// <summary>Column security is on: hidden from users whose field security profile does not grant it.</summary>
        public bool IsSecured { get; }

        public bool IsValidForCreate { get; }

        public bool IsValidForUpdate { get; }

        /// <summary>How a DateTime column stores its value.</summary>
        public DateTimeBehavior DateTimeBehavior { get; }

        /// <summary>For a Status (statuscode) column: the state (statecode value) each status reason belongs to.</summary>
        public IReadOnlyDictionary<int, int> StatusStates { get; }

        /// <summary>A copy with more lookup targets: relationships are read after the columns they use.</summary>
        public ColumnMetadata WithLookupTargets(IReadOnlyList<string> targets) => new ColumnMetadata(
            TableLogicalName, LogicalName, Type, RequiredLevel, MaxLength, MinValue, MaxValue, Precision, Options, targets,
            IsSecured, IsValidForCreate, IsValidForUpdate, DateTimeBehavior, StatusStates);

        /// <summary>The same column on another table: the standard system columns are described once for all tables.</summary>
        public ColumnMetadata ForTable(string tableLogicalName) => new ColumnMetadata(
            tableLogicalName, LogicalName, Type, RequiredLevel, MaxLength, MinValue, MaxValue, Precision, Options, LookupTargets,
            IsSecured, IsValidForCreate, IsValidForUpdate, DateTimeBehavior, StatusStates);
    }
}
