using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The platform faults the ingest handles by code (learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes).</summary>
    public static class DataverseFaultCodes
    {
        /// <summary>DuplicateRecordEntityKey: a create or update would give a second row an alternate key's value.</summary>
        public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);

        /// <summary>RecordNotFoundByEntityKey: no row holds the alternate key's value addressed.</summary>
        public const int RecordNotFoundByEntityKey = unchecked((int)0x80060891);

        /// <summary>ConcurrencyVersionMismatch: a write with IfRowVersionMatches found the row written since it was read.</summary>
        public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);

        public static bool IsVersionMismatch(Exception failure) => CodeOf(failure) == ConcurrencyVersionMismatch;

        public static bool IsDuplicateKey(Exception failure) => CodeOf(failure) == DuplicateRecordEntityKey;

        public static bool IsNotFoundByKey(Exception failure) => CodeOf(failure) == RecordNotFoundByEntityKey;

        private static int? CodeOf(Exception failure) => (failure as FaultException<OrganizationServiceFault>)?.Detail?.ErrorCode;
    }
}
