namespace DynamicsWifi.Emulator.WebApi
{
    internal static class Program
    {
        private static int Main() => 0;
    }
}
