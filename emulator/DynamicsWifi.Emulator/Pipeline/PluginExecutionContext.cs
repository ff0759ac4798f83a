using System;
using DynamicsWifi.Emulator.Seeding;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The execution context a plug-in receives, filled as Dataverse fills it
    /// (learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context).</summary>
    internal sealed class PluginExecutionContext : IPluginExecutionContext4
    {
        public Guid BusinessUnitId { get; init; }

        public Guid CorrelationId { get; init; }

        public int Depth { get; init; }

        public Guid InitiatingUserId { get; init; }

        public ParameterCollection InputParameters { get; init; } = new();

        public bool IsExecutingOffline => false;

        public bool IsInTransaction { get; init; }

        public bool IsOfflinePlayback => false;

        /// <summary>2: sandbox, the only isolation mode Dataverse online runs plug-ins in.</summary>
        public int IsolationMode => 2;

        public string MessageName { get; init; } = string.Empty;

        public int Mode { get; init; }

        public DateTime OperationCreatedOn { get; init; }

        /// <summary>The operation's id; for an asynchronous step, its System Job's id (set when the job is queued).</summary>
        public Guid OperationId { get; set; }

        public Guid OrganizationId => OrganizationSeed.OrganizationId;

        public string OrganizationName => OrganizationSeed.OrganizationName;

        public ParameterCollection OutputParameters { get; init; } = new();

        public EntityReference OwningExtension { get; init; } = null!;

        public EntityImageCollection PostEntityImages { get; init; } = new();

        public EntityImageCollection PreEntityImages { get; init; } = new();

        public Guid PrimaryEntityId { get; init; }

        public string PrimaryEntityName { get; init; } = "none";

        public Guid? RequestId { get; init; }

        public string SecondaryEntityName => "none";

        public ParameterCollection SharedVariables { get; init; } = new();

        public Guid UserId { get; init; }

        public IPluginExecutionContext ParentContext { get; init; } = null!;

        public int Stage { get; init; }

        public Guid UserAzureActiveDirectoryObjectId => Guid.Empty;

        public Guid InitiatingUserAzureActiveDirectoryObjectId => Guid.Empty;

        public Guid InitiatingUserApplicationId => Guid.Empty;

        public Guid PortalsContactId => Guid.Empty;

        public bool IsPortalsClientCall => false;

        public Guid AuthenticatedUserId => InitiatingUserId;

        /// <summary>One image collection per item of a bulk message, in the order of its Targets; single-row messages have one.</summary>
        public EntityImageCollection[] PreEntityImagesCollection { get; init; } = { new EntityImageCollection() };

        public EntityImageCollection[] PostEntityImagesCollection { get; init; } = { new EntityImageCollection() };
    }
}
