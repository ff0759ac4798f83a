namespace DynamicsWifi.Emulator.WebApi.Errors
{
    /// <summary>The HTTP status Dataverse's Web API answers an OrganizationServiceFault with, by error code. Each row's
    /// source is in the host's README ("Errors"); anything not listed is a 400, as validation and plug-in failures are.</summary>
    internal static class FaultStatus
    {
        public static int Of(int errorCode) => unchecked((uint)errorCode) switch
        {
            0x80040217 => 404, // ObjectDoesNotExist
            0x80060891 => 404, // RecordNotFoundByEntityKey
            0x8006088A => 404, // CrmHttpError: resource not found for the segment
            0x80048841 or 0x80048843 => 404, // CustomApiNotFound: no such message
            0x80040220 or 0x80040231 or 0x80048405 or 0x80048306 => 403, // PrivilegeDenied, PrincipalPrivilegeDenied, AccessDenied
            0x80060882 => 412, // ConcurrencyVersionMismatch
            0x80040237 => 412, // DuplicateRecord
            0x80060892 => 412, // DuplicateRecordEntityKey (UNCONFIRMED by Microsoft; third-party reports)
            0x80072322 or 0x80072321 or 0x80072326 or 0x80072327 or 0x8005F103 => 429, // service protection limits
            0x80040333 => 500, // DuplicateRecordsFound (duplicate detection opted in)
            0x80044150 or 0x80044151 => 500, // Generic SQL error (deadlock victim), SQL timeout
            _ => 400,
        };

        /// <summary>Dataverse's Web API writes the code as 0x and eight lowercase hex digits.</summary>
        public static string Hex(int errorCode) => "0x" + unchecked((uint)errorCode).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
