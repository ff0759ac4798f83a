namespace DynamicsWifi.SolutionPackager
{
    internal static class Program
    {
        private static int Main() => 0;
    }
}
