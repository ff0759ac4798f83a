using Microsoft.VisualStudio.TestTools.UnitTesting;

// The scripts' tests share one local host and change its WiFi secrets: they run one at a time.
[assembly: DoNotParallelize]

namespace DynamicsWifi.Deploy.Tests
{
    [TestClass]
    public static class AssemblyLifetime
    {
        [AssemblyCleanup]
        public static void StopTheHost() => LocalHost.StopShared();
    }
}
