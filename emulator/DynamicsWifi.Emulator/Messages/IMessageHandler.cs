using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>Carries out one message (the main operation of the pipeline, stage 30).</summary>
    internal interface IMessageHandler
    {
        string MessageName { get; }

        /// <summary>The table the request addresses, for the request log; empty when it addresses none.</summary>
        string TableOf(OrganizationRequest request);

        OrganizationResponse Handle(OrganizationRequest request, MessageContext context);
    }
}
