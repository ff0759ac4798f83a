namespace DynamicsWifi.Emulator.Registration
{
    /// <summary>What a field security profile allows on one secured column.</summary>
    internal sealed class FieldPermission
    {
        public FieldPermission(string table, string column, bool canRead, bool canCreate, bool canUpdate)
        {
            Table = table;
            Column = column;
            CanRead = canRead;
            CanCreate = canCreate;
            CanUpdate = canUpdate;
        }

        public string Table { get; }

        public string Column { get; }

        public bool CanRead { get; }

        public bool CanCreate { get; }

        public bool CanUpdate { get; }
    }
}
