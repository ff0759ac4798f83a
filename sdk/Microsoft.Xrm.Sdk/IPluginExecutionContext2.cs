using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The plug-in execution context extended with Azure Active Directory identities and portal caller details.</summary>
    public interface IPluginExecutionContext2 : IPluginExecutionContext
    {
        Guid InitiatingUserApplicationId { get; }

        Guid InitiatingUserAzureActiveDirectoryObjectId { get; }

        bool IsPortalsClientCall { get; }

        Guid PortalsContactId { get; }

        Guid UserAzureActiveDirectoryObjectId { get; }
    }
}
