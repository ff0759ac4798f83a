using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The top of the request path, as the pipeline sees it: where a plug-in's service call goes back in. The
    /// pipeline is handed this one delegate, never the service that implements it.</summary>
    internal delegate OrganizationResponse Entrance(OrganizationRequest request, Call call);
}
