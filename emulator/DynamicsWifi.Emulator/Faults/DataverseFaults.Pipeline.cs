using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Faults
{
    /// <summary>Faults of the plug-in pipeline and of custom API calls.</summary>
    internal static partial class DataverseFaults
    {
        /// <summary>The loop guard (DATAVERSE-FACTS.md 2.3; the code for plug-ins is UNCONFIRMED, 8.11).</summary>
        public static FaultException<OrganizationServiceFault> DepthLimit() =>
            Create(ErrorCodes.SdkCorrelationTokenDepthTooHigh, "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again. For information about workflow logic, see Help.");

        // Custom API parameter faults: Dataverse's codes and texts are UNCONFIRMED (DATAVERSE-FACTS.md 8.2); InvalidArgument
        // with a message naming the API and the parameter is our choice, raised before any plug-in runs.
        public static FaultException<OrganizationServiceFault> MissingParameter(string api, string parameter) =>
            Create(ErrorCodes.InvalidArgument, Format("The required parameter '{0}' of '{1}' is missing.", parameter, api));

        public static FaultException<OrganizationServiceFault> ParameterType(string api, string parameter, string expected, string found) =>
            Create(ErrorCodes.InvalidArgument, Format("The parameter '{0}' of '{1}' must be of type {2}, not {3}.", parameter, api, expected, found));

        public static FaultException<OrganizationServiceFault> UnknownParameter(string api, string parameter) =>
            Create(ErrorCodes.InvalidArgument, Format("'{0}' has no parameter named '{1}'.", api, parameter));

        public static FaultException<OrganizationServiceFault> ResponsePropertyType(string api, string property, string expected, string found) =>
            Create(ErrorCodes.IsvUnExpected, Format("The plug-in of '{0}' set the response property '{1}' to a {3}; it is declared as {2}.", api, property, expected, found));

        /// <summary>Key Vault secrets are for flows and connectors, not plug-ins (DATAVERSE-FACTS.md 6).</summary>
        public static FaultException<OrganizationServiceFault> SecretNotReadableFromPlugins(string schemaName) =>
            Create(ErrorCodes.PrivilegeDenied, Format("The secret environment variable '{0}' cannot be read from a plug-in: Key Vault secrets are available to flows and custom connectors only.", schemaName));
    }
}
