using System;
using System.Linq;

// Mirrors of reference lines about client types: type constraints, interface inheritance and events, protected members.
namespace DynamicsWifi.Sdk.Tests.Surface.Fixtures.Microsoft.Xrm.Sdk
{
    public interface IExecutionContext
    {
    }

    public interface IPluginExecutionContext : IExecutionContext
    {
    }
}

namespace DynamicsWifi.Sdk.Tests.Surface.Fixtures.Microsoft.Xrm.Sdk.Client
{
    public class ServiceChannel<TChannel> : IDisposable
        where TChannel : class
    {
        public void Dispose()
        {
        }
    }

    public abstract class ServiceProxy<TService> : IDisposable
        where TService : class
    {
        public SecurityTokenResponse? HomeRealmSecurityTokenResponse { get; protected set; }

        public void Dispose()
        {
        }
    }

    public sealed class SecurityTokenResponse
    {
    }

    public sealed class EndpointSwitchEventArgs : EventArgs
    {
    }

    public interface IEndpointSwitch
    {
        event EventHandler<EndpointSwitchEventArgs> EndpointSwitched;
    }

    public abstract class IdentityProviderTrustConfiguration
    {
        public abstract Uri Endpoint { get; }
    }

    public class OrganizationServiceContext
    {
        ~OrganizationServiceContext()
        {
        }

        protected virtual IQueryProvider? QueryProvider => null;
    }
}
