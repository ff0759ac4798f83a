using System.Collections.Generic;
using DynamicsWifi.Plugins.Validation;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The exceptions our APIs end with: the message starts with the stable code (clients branch on it),
    /// and the Web API answers with the HTTP status given (400 unless said otherwise).</summary>
    public static class WifiFaults
    {
        public static InvalidPluginExecutionException Rejected(IReadOnlyList<FieldError> errors) =>
            new InvalidPluginExecutionException(WifiRejection.MessageFor(errors));

        public static InvalidPluginExecutionException Conflict(FieldError error) =>
            new InvalidPluginExecutionException(WifiRejection.MessageFor(error), PluginHttpStatusCode.Conflict);

        /// <summary>A race this transaction cannot settle; the same call again succeeds. 503, so clients and the
        /// platform's retry policies treat it as transient.</summary>
        public static InvalidPluginExecutionException Retry(string why) =>
            new InvalidPluginExecutionException(WifiErrorCodes.Retry + ": " + why + " Send the same call again.", PluginHttpStatusCode.ServiceUnavailable);
    }
}
