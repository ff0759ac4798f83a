using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Views
{
    /// <summary>One column of a table, read-only: what a client may send in it and how it is returned.</summary>
    public sealed class ColumnView
    {
        internal ColumnView(
            string logicalName,
            ColumnKind kind,
            int? maxLength,
            IReadOnlyList<string> lookupTargets,
            IReadOnlyDictionary<int, string> options,
            bool isValidForCreate,
            bool isValidForUpdate)
        {
            LogicalName = logicalName;
            Kind = kind;
            MaxLength = maxLength;
            LookupTargets = lookupTargets;
            Options = options;
            IsValidForCreate = isValidForCreate;
            IsValidForUpdate = isValidForUpdate;
        }

        public string LogicalName { get; }

        public ColumnKind Kind { get; }

        /// <summary>Maximum characters of a text column; null for other kinds.</summary>
        public int? MaxLength { get; }

        /// <summary>The tables a lookup may point at, by logical name; empty for other kinds.</summary>
        public IReadOnlyList<string> LookupTargets { get; }

        /// <summary>Choice values and their labels (choices, status, status reason); empty for other kinds.</summary>
        public IReadOnlyDictionary<int, string> Options { get; }

        public bool IsValidForCreate { get; }

        public bool IsValidForUpdate { get; }
    }
}
