using System;
using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Observability
{
    /// <summary>What one top-level request cost: every service call it made (itself first, then the calls made while
    /// handling it), the rows it read and wrote, and whether it succeeded.</summary>
    public sealed class RequestRecord
    {
        internal RequestRecord(Guid callerId, IReadOnlyList<ServiceCall> calls, long rowsRead, long rowsWritten, bool succeeded)
        {
            CallerId = callerId;
            Calls = calls;
            RowsRead = rowsRead;
            RowsWritten = rowsWritten;
            Succeeded = succeeded;
        }

        public Guid CallerId { get; }

        public IReadOnlyList<ServiceCall> Calls { get; }

        public long RowsRead { get; }

        public long RowsWritten { get; }

        public bool Succeeded { get; }
    }
}
