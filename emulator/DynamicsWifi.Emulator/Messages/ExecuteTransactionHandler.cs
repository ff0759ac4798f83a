using System.ServiceModel;
using DynamicsWifi.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>ExecuteTransaction (learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction):
    /// the requests in order, all in this operation's one transaction; the responses in the same order when
    /// ReturnResponses. A failing request rolls everything back and fails the call with an ExecuteTransactionFault naming
    /// its index. A batch message among the requests is refused before any runs.</summary>
    internal sealed class ExecuteTransactionHandler : IMessageHandler
    {
        public string MessageName => "ExecuteTransaction";

        public string TableOf(OrganizationRequest request) => string.Empty;

        public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
        {
            var requests = RequestParameters.Required<OrganizationRequestCollection>(request, "Requests");
            var returnResponses = RequestParameters.Optional<bool>(request, "ReturnResponses") ?? false;
            for (var index = 0; index < requests.Count; index++)
            {
                Refuse(requests[index], index);
            }

            var responses = new OrganizationResponseCollection();
            for (var index = 0; index < requests.Count; index++)
            {
                OrganizationResponse response;
                try
                {
                    response = context.Send(requests[index]);
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    throw DataverseFaults.TransactionRequestFailed(fault.Detail, index);
                }

                if (returnResponses)
                {
                    responses.Add(response);
                }
            }

            return new ExecuteTransactionResponse { Results = { ["Responses"] = responses } };
        }

        private void Refuse(OrganizationRequest? request, int index)
        {
            var fault = request == null ? DataverseFaults.MissingBatchRequest(index)
                : request.RequestName is "ExecuteMultiple" or "ExecuteTransaction" ? DataverseFaults.NestedBatch(MessageName, request.RequestName)
                : null;
            if (fault != null)
            {
                throw DataverseFaults.TransactionRequestFailed(fault.Detail, index);
            }
        }
    }
}
