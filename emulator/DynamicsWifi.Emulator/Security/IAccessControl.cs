using System.Collections.Generic;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;

namespace DynamicsWifi.Emulator.Security
{
    /// <summary>What one caller may do, checked where Dataverse checks it: reads through the rows and columns the caller
    /// may see, writes against the caller's privileges at the depth the row's owner needs. A refusal is Dataverse's
    /// fault (PrivilegeDenied, AccessDenied).</summary>
    internal interface IAccessControl
    {
        /// <summary>The rows of <paramref name="source"/> this caller may read, with the secured columns it may not read
        /// left out.</summary>
        IRowSource Readable(IRowSource source);

        /// <summary>Read privilege at a depth covering the row's owner (Retrieve of one row).</summary>
        void EnsureCanRead(TableMetadata table, Row row);

        /// <summary>Create privilege on the table, Append on the new row and AppendTo on every row its lookups point at,
        /// and create permission on each secured column given.</summary>
        void EnsureCanCreate(TableMetadata table, IReadOnlyDictionary<string, object?> values);

        /// <summary>Write privilege at a depth covering the row's owner, Append/AppendTo for changed lookups, and update
        /// permission on each secured column changed.</summary>
        void EnsureCanWrite(TableMetadata table, Row current, IReadOnlyDictionary<string, object?> changes);

        /// <summary>Delete privilege at a depth covering the row's owner.</summary>
        void EnsureCanDelete(TableMetadata table, Row current);

        /// <summary>The privilege a custom API names as its execute privilege, at any depth.</summary>
        void EnsureHolds(string privilegeName);
    }
}
