using System;

namespace DynamicsWifi.Emulator.Store
{
    /// <summary>The final state one transaction leaves a row in: its new version, or null when deleted.</summary>
    internal readonly record struct RowWrite(string Table, Guid Id, Row? After);
}
