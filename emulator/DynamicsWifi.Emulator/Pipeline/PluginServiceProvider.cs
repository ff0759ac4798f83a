using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>What Execute(IServiceProvider) hands a plug-in: its context (as every context interface), its tracing
    /// service and an organization service factory.</summary>
    internal sealed class PluginServiceProvider : IServiceProvider
    {
        private readonly IPluginExecutionContext4 _context;
        private readonly PluginTrace _trace;
        private readonly IOrganizationServiceFactory _factory;

        public PluginServiceProvider(IPluginExecutionContext4 context, PluginTrace trace, IOrganizationServiceFactory factory)
        {
            _context = context;
            _trace = trace;
            _factory = factory;
        }

        public object? GetService(Type serviceType)
        {
            if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext) ||
                serviceType == typeof(IPluginExecutionContext2) || serviceType == typeof(IPluginExecutionContext3) ||
                serviceType == typeof(IPluginExecutionContext4))
            {
                return _context;
            }

            if (serviceType == typeof(ITracingService))
            {
                return _trace;
            }

            return serviceType == typeof(IOrganizationServiceFactory) ? _factory : null;
        }
    }
}
