using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The data Dataverse passes to custom code about the operation being processed and the user running it.</summary>
    public interface IExecutionContext
    {
        Guid BusinessUnitId { get; }

        Guid CorrelationId { get; }

        int Depth { get; }

        Guid InitiatingUserId { get; }

        ParameterCollection InputParameters { get; }

        bool IsExecutingOffline { get; }

        bool IsInTransaction { get; }

        bool IsOfflinePlayback { get; }

        int IsolationMode { get; }

        string MessageName { get; }

        int Mode { get; }

        DateTime OperationCreatedOn { get; }

        Guid OperationId { get; }

        Guid OrganizationId { get; }

        string OrganizationName { get; }

        ParameterCollection OutputParameters { get; }

        EntityReference OwningExtension { get; }

        EntityImageCollection PostEntityImages { get; }

        EntityImageCollection PreEntityImages { get; }

        Guid PrimaryEntityId { get; }

        string PrimaryEntityName { get; }

        Guid? RequestId { get; }

        string SecondaryEntityName { get; }

        ParameterCollection SharedVariables { get; }

        Guid UserId { get; }
    }
}
