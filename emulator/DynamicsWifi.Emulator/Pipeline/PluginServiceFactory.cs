using System;
using DynamicsWifi.Emulator.Seeding;
using DynamicsWifi.Emulator.Service;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The IOrganizationServiceFactory a plug-in gets: services that re-enter the pipeline inside the same
    /// transaction, one level deeper, as the given user; null means SYSTEM, as in Dataverse.</summary>
    internal sealed class PluginServiceFactory : IOrganizationServiceFactory
    {
        private readonly RequestRunner _runner;
        private readonly ExecutionScope _scope;
        private readonly int _depth;
        private readonly IPluginExecutionContext _context;

        public PluginServiceFactory(RequestRunner runner, ExecutionScope scope, int depth, IPluginExecutionContext context)
        {
            _runner = runner;
            _scope = scope;
            _depth = depth;
            _context = context;
        }

        public IOrganizationService CreateOrganizationService(Guid? userId) =>
            new EmulatedOrganizationService(_runner, userId ?? OrganizationSeed.SystemUserId, _scope, _depth + 1, _context);
    }
}
