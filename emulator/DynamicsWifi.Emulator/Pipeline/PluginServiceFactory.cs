using System;
using DynamicsWifi.Emulator.Seeding;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The IOrganizationServiceFactory a plug-in gets: services whose calls go back in at the top, one level
    /// deeper, in the transaction the step runs in (or, outside any, each in a transaction of its own), as the given user;
    /// null means SYSTEM, as in Dataverse.</summary>
    internal sealed class PluginServiceFactory : IOrganizationServiceFactory
    {
        private readonly Entrance _entrance;
        private readonly Call _step;
        private readonly IPluginExecutionContext _context;

        public PluginServiceFactory(Entrance entrance, Call step, IPluginExecutionContext context)
        {
            _entrance = entrance;
            _step = step;
            _context = context;
        }

        public IOrganizationService CreateOrganizationService(Guid? userId)
        {
            var call = _step.FromPlugin(userId ?? OrganizationSeed.SystemUserId, _context);
            return new DelegatingOrganizationService(request => _entrance(request, call));
        }
    }
}
