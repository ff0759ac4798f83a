namespace DynamicsWifi.Emulator.Security
{
    /// <summary>The table privileges the emulator enforces, named as Dataverse names them (prv&lt;Right&gt;&lt;table&gt;);
    /// learn.microsoft.com/power-platform/admin/how-record-access-determined. Assign and Share are not enforced.</summary>
    internal enum AccessRight
    {
        Create,
        Read,
        Write,
        Delete,
        Append,
        AppendTo,
    }
}
