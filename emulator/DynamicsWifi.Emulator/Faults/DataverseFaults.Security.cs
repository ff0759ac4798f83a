using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Faults
{
    /// <summary>Faults of the security checks. The codes are Dataverse's (DATAVERSE-FACTS.md 1.2); the runtime texts are
    /// not on a Microsoft page (DATAVERSE-FACTS.md 8.9, UNCONFIRMED), so ours follow the shape seen in Dataverse's own
    /// messages ("Principal user (Id=...) is missing prv... privilege") and always name the privilege and the caller.</summary>
    internal static partial class DataverseFaults
    {
        /// <summary>The caller holds the privilege at no depth at all (PrivilegeDenied, 0x80040220).</summary>
        public static FaultException<OrganizationServiceFault> PrivilegeDenied(Guid callerId, string privilege, string table) =>
            Create(ErrorCodes.PrivilegeDenied, Format(
                "The user does not hold the necessary privileges. Principal user (Id={0}, type=8) is missing {1} privilege for entity '{2}'.",
                callerId,
                privilege,
                table));

        /// <summary>The caller holds the privilege, but at a depth that does not reach the row (AccessDenied, 0x80048405).</summary>
        public static FaultException<OrganizationServiceFault> AccessDenied(Guid callerId, string privilege, string table, Guid rowId, Guid? ownerId, Guid? businessUnitId) =>
            Create(ErrorCodes.AccessDenied, Format(
                "Principal user (Id={0}, type=8) holds {1} at a depth that does not reach {2} With Id = {3} (owner {4}, business unit {5}).",
                callerId,
                privilege,
                table,
                rowId,
                ownerId?.ToString() ?? "none",
                businessUnitId?.ToString() ?? "none"));

        /// <summary>A secured column written without the field security permission to do so. Dataverse's code for this is
        /// not confirmed (UNCONFIRMED); PrivilegeDenied is our choice, the text ours.</summary>
        public static FaultException<OrganizationServiceFault> SecuredColumnDenied(Guid callerId, string permission, string table, string column) =>
            Create(ErrorCodes.PrivilegeDenied, Format(
                "The user does not hold the necessary privileges. Principal user (Id={0}, type=8) does not have {1} permission on the secured column '{2}' of entity '{3}'.",
                callerId,
                permission,
                column,
                table));

        /// <summary>A custom API called without the privilege it names as its execute privilege (DATAVERSE-FACTS.md 8.2:
        /// code and text UNCONFIRMED; PrivilegeDenied is our choice).</summary>
        public static FaultException<OrganizationServiceFault> ExecutePrivilegeDenied(Guid callerId, string privilege) =>
            Create(ErrorCodes.PrivilegeDenied, Format(
                "The user does not hold the necessary privileges. Principal user (Id={0}, type=8) is missing {1} privilege.",
                callerId,
                privilege));
    }
}
