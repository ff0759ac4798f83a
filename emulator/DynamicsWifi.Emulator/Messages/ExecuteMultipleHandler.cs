using System.ServiceModel;
using DynamicsWifi.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>ExecuteMultiple (learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests):
    /// the requests in order, each in a transaction of its own, or in the plug-in's transaction when a plug-in running in
    /// one sends the batch (so a rollback there takes them back too); a failure is reported with its index and fault,
    /// and ends the batch unless ContinueOnError; responses come back only when ReturnResponses. More than 1,000
    /// requests are refused before any runs; an ExecuteMultiple among them fails as that request only.</summary>
    internal sealed class ExecuteMultipleHandler : IMessageHandler
    {
        public const int MaxBatchSize = 1000;

        public string MessageName => "ExecuteMultiple";

        public string TableOf(OrganizationRequest request) => string.Empty;

        public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
        {
            var requests = RequestParameters.Required<OrganizationRequestCollection>(request, "Requests");
            var settings = RequestParameters.Required<ExecuteMultipleSettings>(request, "Settings");
            if (requests.Count > MaxBatchSize)
            {
                throw DataverseFaults.BatchSizeExceeded(MaxBatchSize);
            }

            var reported = new ExecuteMultipleResponseItemCollection();
            var isFaulted = false;
            for (var index = 0; index < requests.Count; index++)
            {
                var item = Run(requests[index], index, context);
                isFaulted |= item.Fault != null;
                if (item.Fault != null || settings.ReturnResponses)
                {
                    reported.Add(item);
                }

                if (item.Fault != null && !settings.ContinueOnError)
                {
                    break;
                }
            }

            return new ExecuteMultipleResponse { Results = { ["IsFaulted"] = isFaulted, ["Responses"] = reported } };
        }

        private ExecuteMultipleResponseItem Run(OrganizationRequest? request, int index, MessageContext context)
        {
            var item = new ExecuteMultipleResponseItem { RequestIndex = index };
            try
            {
                if (request == null)
                {
                    throw DataverseFaults.MissingBatchRequest(index);
                }

                if (request.RequestName == MessageName)
                {
                    throw DataverseFaults.NestedBatch(MessageName, MessageName);
                }

                item.Response = context.SendSeparately(request);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                // Reported in the response, as Dataverse reports it; the request's own transaction is already rolled back.
                item.Fault = fault.Detail;
            }

            return item;
        }
    }
}
