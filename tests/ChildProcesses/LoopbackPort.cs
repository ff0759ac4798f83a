using System.Net;
using System.Net.Sockets;

namespace DynamicsWifi.Tests
{
    /// <summary>A loopback port free now, for a process that must be told its port before it starts (and keep it when
    /// started again).</summary>
    internal static class LoopbackPort
    {
        public static int Free()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }
    }
}
