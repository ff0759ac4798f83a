using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Tests.Fakes
{
    /// <summary>What Dataverse hands a plug-in: its context, tracing, and a factory whose services all answer from one
    /// scripted service; remembers which users services were asked for (null is SYSTEM).</summary>
    internal sealed class FakeServiceProvider : IServiceProvider, IOrganizationServiceFactory
    {
        private readonly IPluginExecutionContext _context;
        private readonly IOrganizationService _service;

        public FakeServiceProvider(IPluginExecutionContext context, IOrganizationService service)
        {
            _context = context;
            _service = service;
        }

        public FakeTracingService Trace { get; } = new FakeTracingService();

        public System.Collections.Concurrent.ConcurrentQueue<Guid?> ServiceUsers { get; } = new System.Collections.Concurrent.ConcurrentQueue<Guid?>();

        public object? GetService(Type serviceType)
        {
            if (serviceType == typeof(IPluginExecutionContext))
            {
                return _context;
            }

            if (serviceType == typeof(ITracingService))
            {
                return Trace;
            }

            return serviceType == typeof(IOrganizationServiceFactory) ? this : null;
        }

        public IOrganizationService CreateOrganizationService(Guid? userId)
        {
            ServiceUsers.Enqueue(userId);
            return _service;
        }
    }
}
