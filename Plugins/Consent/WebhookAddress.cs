using System;

namespace DynamicsWifi.Plugins.Consent
{
    /// <summary>The consent webhook's URL as the plug-in sandbox will call it: HTTP or HTTPS to a DNS host name, never an
    /// IP literal or localhost (DATAVERSE-FACTS.md 2.7). A refused URL is reported naming the environment variable, so
    /// the administrator knows what to fix, without being echoed (it may carry a token in its query).</summary>
    public static class WebhookAddress
    {
        /// <summary>The URL, or null with <paramref name="refusal"/> saying why the sandbox would refuse it.</summary>
        public static Uri? Check(string url, string variableName, out string refusal)
        {
            refusal = string.Empty;
            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
            {
                refusal = variableName + " is not an absolute URL.";
                return null;
            }

            if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            {
                refusal = variableName + " must be an https:// (or http://) URL; the plug-in sandbox allows no other scheme.";
                return null;
            }

            if (uri.HostNameType == UriHostNameType.IPv4 || uri.HostNameType == UriHostNameType.IPv6)
            {
                refusal = variableName + " names its host by IP address; the plug-in sandbox only calls DNS host names.";
                return null;
            }

            if (uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            {
                refusal = variableName + " points at localhost; the plug-in sandbox cannot call it.";
                return null;
            }

            return uri;
        }
    }
}
