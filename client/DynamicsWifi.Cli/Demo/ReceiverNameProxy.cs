using System;
using System.Net;

namespace DynamicsWifi.Cli.Demo
{
    /// <summary>Lets the demo's in-process plug-ins reach the local consent receiver under a host name. Dataverse's sandbox
    /// refuses webhook URLs on localhost or an IP address, and so does the plug-in; the demo therefore sets the webhook to
    /// <see cref="HostName"/> and routes that one name, as an HTTP proxy would, to the receiver's loopback address. Every
    /// other request of the process goes direct.</summary>
    internal sealed class ReceiverNameProxy : IWebProxy
    {
        public const string HostName = "consent-receiver.demo";
        private readonly Uri _receiver;

        public ReceiverNameProxy(Uri receiver)
        {
            _receiver = new Uri(receiver.GetLeftPart(UriPartial.Authority));
        }

        public ICredentials? Credentials { get; set; }

        public Uri? GetProxy(Uri destination) => IsBypassed(destination) ? null : _receiver;

        public bool IsBypassed(Uri host) => !string.Equals(host.Host, HostName, StringComparison.OrdinalIgnoreCase);
    }
}
