using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Faults
{
    /// <summary>Faults of the batch messages, ExecuteMultiple and ExecuteTransaction
    /// (learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests,
    /// learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction).</summary>
    internal static partial class DataverseFaults
    {
        /// <summary>More requests than one batch may hold: refused before any runs, with the maximum in ErrorDetails, as
        /// Learn's "Handle a batch size fault" reads it. Code and text as Dataverse returns them (NotSupported; the text
        /// seen in the SDK's fault for this case).</summary>
        public static FaultException<OrganizationServiceFault> BatchSizeExceeded(int maxBatchSize)
        {
            var fault = Create(ErrorCodes.NotSupported, "ExecuteMultiple Request batch size exceeds the maximum batch size allowed!");
            fault.Detail.ErrorDetails["MaxBatchSize"] = maxBatchSize;
            return fault;
        }

        /// <summary>A batch message inside a batch Learn forbids (ExecuteMultiple in ExecuteMultiple; either in
        /// ExecuteTransaction). Dataverse's code and text for it are not on a Microsoft page: NotSupported
        /// with a message naming both is our choice.</summary>
        public static FaultException<OrganizationServiceFault> NestedBatch(string outer, string inner) =>
            Create(ErrorCodes.NotSupported, Format("{0} cannot contain a {1} request.", outer, inner));

        /// <summary>A null entry in a batch's request collection (wording ours).</summary>
        public static FaultException<OrganizationServiceFault> MissingBatchRequest(int index) =>
            Create(ErrorCodes.InvalidArgument, Format("The request at index {0} of the Requests collection is null.", index));

        /// <summary>ExecuteTransaction rolled back: the failing request's fault, as an ExecuteTransactionFault naming its
        /// index (learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction).</summary>
        public static FaultException<OrganizationServiceFault> TransactionRequestFailed(OrganizationServiceFault failed, int index)
        {
            var fault = new ExecuteTransactionFault
            {
                ActivityId = failed.ActivityId,
                ErrorCode = failed.ErrorCode,
                HelpLink = failed.HelpLink,
                InnerFault = failed.InnerFault,
                Message = failed.Message,
                Timestamp = failed.Timestamp,
                TraceText = failed.TraceText,
                FaultedRequestIndex = index,
            };
            foreach (var detail in failed.ErrorDetails)
            {
                fault.ErrorDetails[detail.Key] = detail.Value;
            }

            return new FaultException<OrganizationServiceFault>(fault, failed.Message);
        }
    }
}
