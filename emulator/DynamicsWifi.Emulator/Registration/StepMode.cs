namespace DynamicsWifi.Emulator.Registration
{
    internal enum StepMode
    {
        Synchronous = 0,

        /// <summary>Runs after the commit, from the asynchronous queue (post-operation only).</summary>
        Asynchronous = 1,
    }
}
