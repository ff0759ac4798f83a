using System;
using DynamicsWifi.Emulator.Store;

namespace DynamicsWifi.Emulator.Transactions
{
    /// <summary>What a transaction locks: one row, or one value of one alternate key (the unique index entry SQL
    /// Server locks, so that a second insert of that value waits for the first transaction to end).</summary>
    internal sealed record LockResource(string Table, Guid RowId, string? KeyName, KeyTuple? KeyValues)
    {
        public static LockResource Row(string table, Guid id) => new(table, id, null, null);

        public static LockResource Key(string table, string keyName, KeyTuple values) => new(table, Guid.Empty, keyName, values);

        public override string ToString() => KeyName == null ? $"{Table}({RowId})" : $"{Table}.{KeyName}({KeyValues})";
    }
}
