using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Journaling
{
    /// <summary>Receives every transaction's rows as it commits, to keep the organization somewhere durable (the Web API
    /// host's SQLite file). Called before the rows become visible and while the transaction still holds their locks, so
    /// two commits of one row arrive in commit order; if it throws, the request fails and nothing is committed.</summary>
    public interface ICommitJournal
    {
        void Write(IReadOnlyList<CommittedRow> rows);
    }
}
