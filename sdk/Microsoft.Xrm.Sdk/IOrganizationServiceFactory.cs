using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Creates organization services that run as a given user, or as the plug-in step's user when the id is null.</summary>
    public interface IOrganizationServiceFactory
    {
        IOrganizationService CreateOrganizationService(Guid? userId);
    }
}
