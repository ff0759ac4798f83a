using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The plug-in execution context extended with the id of the user who authenticated the request.</summary>
    public interface IPluginExecutionContext3 : IPluginExecutionContext2
    {
        Guid AuthenticatedUserId { get; }
    }
}
