using System;
using System.ServiceModel;
using DynamicsWifi.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>How a synchronous plug-in's exception reaches the caller (DATAVERSE-FACTS.md 1.1): an
    /// InvalidPluginExecutionException as IsvAborted with the plug-in's own message and status; a fault from a service
    /// call it did not catch, unchanged; anything else as IsvUnExpected, without the plug-in's message. The trace lines
    /// travel in TraceText, as Dataverse returns them with the error.</summary>
    internal static class PluginFaults
    {
        public const string OperationStatusKey = "OperationStatus";

        public static Exception Shape(Exception thrown, string traceText)
        {
            switch (thrown)
            {
                case InvalidPluginExecutionException aborted:
                    var fault = DataverseFaults.Create(HasOwnCode(aborted) ? aborted.ErrorCode : ErrorCodes.IsvAborted, aborted.Message);
                    fault.Detail.TraceText = traceText;
                    fault.Detail.ErrorDetails[OperationStatusKey] = aborted.Status;
                    return fault;
                case FaultException<OrganizationServiceFault> serviceFault:
                    return serviceFault;
                default:
                    var unexpected = DataverseFaults.Create(ErrorCodes.IsvUnExpected, "An unexpected error occurred from ISV code.");
                    unexpected.Detail.TraceText = traceText + Environment.NewLine + thrown.GetType().FullName + ": " + thrown.Message;
                    return unexpected;
            }
        }

        // A plug-in that gave no code carries a plain Exception's (COR_E_EXCEPTION), which Dataverse reports as IsvAborted.
        private static bool HasOwnCode(InvalidPluginExecutionException aborted) =>
            aborted.ErrorCode != 0 && aborted.ErrorCode != new Exception().HResult;

        /// <summary>The status an aborting plug-in asked for (Retry makes Dataverse run an asynchronous job again).</summary>
        public static OperationStatus StatusOf(FaultException<OrganizationServiceFault> fault) =>
            fault.Detail.ErrorDetails.TryGetValue(OperationStatusKey, out var status) && status is OperationStatus asked ? asked : OperationStatus.Failed;
    }
}
