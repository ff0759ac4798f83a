using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Faults
{
    /// <summary>Faults of the message handlers and the entrance.</summary>
    internal static partial class DataverseFaults
    {
        public static FaultException<OrganizationServiceFault> OptimisticConcurrencyNotEnabled(string table) =>
            Create(ErrorCodes.OptimisticConcurrencyNotEnabled, Format("Optimistic concurrency is not enabled for entity type {0}.", table));

        /// <summary>A delete refused by a Restrict relationship. Dataverse's code and text for it are not on a Microsoft
        /// page we could find (UNCONFIRMED); InvalidArgument with a message naming the relationship is our choice.</summary>
        public static FaultException<OrganizationServiceFault> DeleteRestricted(string table, string relationship, string childTable) =>
            Create(ErrorCodes.InvalidArgument, Format(
                "The {0} record cannot be deleted because it is referenced by {1} records through the relationship {2}, whose delete behavior is Restrict.",
                table,
                childTable,
                relationship));

        /// <summary>A message no handler or custom API knows (DATAVERSE-FACTS.md 1.2: CustomApiNotFound is the code for an
        /// unknown custom API name).</summary>
        public static FaultException<OrganizationServiceFault> MessageNotFound(string message) =>
            Create(ErrorCodes.CustomApiNotFound, Format("Request '{0}' was not found.", message));
    }
}
