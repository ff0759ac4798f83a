namespace DynamicsWifi.Emulator.Tests.Service
{
    /// <summary>A fresh emulator over the test library solution.</summary>
    internal static class Emulators
    {
        public static DataverseEmulator Library() => DataverseEmulator.FromSolution(LibrarySolution.Path, typeof(Emulators).Assembly);
    }
}
