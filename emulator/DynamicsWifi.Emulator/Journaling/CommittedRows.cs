using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Store;
using DynamicsWifi.Emulator.Transactions;

namespace DynamicsWifi.Emulator.Journaling
{
    /// <summary>Between the store's rows and the journal's: what a commit hands the journal, and how stored rows become
    /// the committed state again at start, with the RowVersion counter past every stored version.</summary>
    internal static class CommittedRows
    {
        public static IReadOnlyList<CommittedRow> From(IReadOnlyList<RowWrite> writes) =>
            writes.Select(write => new CommittedRow(write.Table, write.Id, write.After?.Version ?? 0, write.After?.Values)).ToList();

        public static void Restore(Database database, IReadOnlyCollection<CommittedRow> rows)
        {
            database.Store.Apply(rows
                .Where(row => !row.IsDeleted)
                .Select(row => new RowWrite(row.Table, row.Id, new Row(row.Table, row.Id, row.Values!, row.Version)))
                .ToList());
            var highest = rows.Count == 0 ? 0 : rows.Max(row => row.Version);
            while (database.Store.LastVersion < highest)
            {
                database.Store.NextVersion();
            }
        }
    }
}
