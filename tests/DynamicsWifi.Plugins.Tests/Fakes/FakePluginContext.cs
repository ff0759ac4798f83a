using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Tests.Fakes
{
    /// <summary>A plug-in execution context built by a test, with the values Dataverse fills in for a step.</summary>
    internal sealed class FakePluginContext : IPluginExecutionContext
    {
        public Guid BusinessUnitId { get; set; } = Guid.NewGuid();

        public Guid CorrelationId { get; set; } = Guid.NewGuid();

        public int Depth { get; set; } = 1;

        public Guid InitiatingUserId { get; set; } = Guid.NewGuid();

        public ParameterCollection InputParameters { get; } = new ParameterCollection();

        public bool IsExecutingOffline => false;

        public bool IsInTransaction { get; set; } = true;

        public bool IsOfflinePlayback => false;

        public int IsolationMode => 2;

        public string MessageName { get; set; } = "Create";

        public int Mode { get; set; }

        public DateTime OperationCreatedOn { get; set; } = DateTime.UtcNow;

        public Guid OperationId { get; set; } = Guid.NewGuid();

        public Guid OrganizationId { get; set; } = Guid.NewGuid();

        public string OrganizationName { get; set; } = "test";

        public ParameterCollection OutputParameters { get; } = new ParameterCollection();

        public EntityReference OwningExtension { get; set; } = new EntityReference("sdkmessageprocessingstep", Guid.NewGuid());

        public EntityImageCollection PostEntityImages { get; } = new EntityImageCollection();

        public EntityImageCollection PreEntityImages { get; } = new EntityImageCollection();

        public Guid PrimaryEntityId { get; set; }

        public string PrimaryEntityName { get; set; } = "contact";

        public Guid? RequestId { get; set; } = Guid.NewGuid();

        public string SecondaryEntityName { get; set; } = "none";

        public ParameterCollection SharedVariables { get; } = new ParameterCollection();

        public Guid UserId { get; set; } = Guid.NewGuid();

        public IPluginExecutionContext ParentContext { get; set; } = null!;

        public int Stage { get; set; } = 20;

        public static FakePluginContext For(string message, Entity target)
        {
            var context = new FakePluginContext
            {
                MessageName = message,
                PrimaryEntityName = target.LogicalName,
                PrimaryEntityId = target.Id,
            };
            context.InputParameters["Target"] = target;
            return context;
        }
    }
}
