using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>One plug-in call: its context, tracing and organization services. The only place that casts what
    /// the service provider returns and reads the context's parameter collections.</summary>
    public sealed class PluginInvocation
    {
        private readonly IOrganizationServiceFactory _factory;
        private IOrganizationService? _service;
        private IOrganizationService? _systemService;

        private PluginInvocation(IPluginExecutionContext context, ITracingService trace, IOrganizationServiceFactory factory)
        {
            Context = context;
            Trace = trace;
            _factory = factory;
        }

        public IPluginExecutionContext Context { get; }

        public ITracingService Trace { get; }

        /// <summary>A service acting as the user the step runs as (the caller, unless the step impersonates).</summary>
        public IOrganizationService Service => _service ?? (_service = _factory.CreateOrganizationService(Context.UserId));

        /// <summary>A service acting as SYSTEM: for reads that must see every row whatever the user may read, and
        /// for the secrets table no role grants (DESIGN.md 2).</summary>
        public IOrganizationService SystemService => _systemService ?? (_systemService = _factory.CreateOrganizationService(null));

        public ParameterCollection Inputs => Context.InputParameters;

        public ParameterCollection Outputs => Context.OutputParameters;

        /// <summary>The caller's request tag (SharedVariables["tag"]: learn.microsoft.com/power-apps/developer/data-platform/optional-parameters), if any.</summary>
        public string? Tag => Context.SharedVariables != null && Context.SharedVariables.TryGetValue("tag", out var tag) ? tag as string : null;

        public static PluginInvocation From(IServiceProvider serviceProvider)
        {
            if (serviceProvider == null)
            {
                throw new ArgumentNullException(nameof(serviceProvider));
            }

            return new PluginInvocation(
                Require<IPluginExecutionContext>(serviceProvider),
                Require<ITracingService>(serviceProvider),
                Require<IOrganizationServiceFactory>(serviceProvider));
        }

        /// <summary>The Target entity of a Create or Update of <paramref name="table"/>; false for anything else.</summary>
        public bool TryGetTarget(string table, out Entity target)
        {
            target = null!;
            if (!Inputs.TryGetValue("Target", out var value) || !(value is Entity entity) || entity.LogicalName != table)
            {
                return false;
            }

            target = entity;
            return true;
        }

        /// <summary>The registered pre-image; a step registered without it is a deployment error, reported loudly.</summary>
        public Entity RequirePreImage(string alias)
        {
            if (Context.PreEntityImages != null && Context.PreEntityImages.TryGetValue(alias, out var image) && image != null)
            {
                return image;
            }

            throw new InvalidPluginExecutionException(
                "The step " + Context.MessageName + " of " + Context.PrimaryEntityName +
                " is registered without its pre-image '" + alias + "'; re-import the Dynamics WiFi solution.");
        }

        private static T Require<T>(IServiceProvider serviceProvider)
            where T : class
        {
            return serviceProvider.GetService(typeof(T)) as T
                ?? throw new InvalidPluginExecutionException("The plug-in host did not provide " + typeof(T).Name + ".");
        }
    }
}
