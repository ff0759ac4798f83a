namespace DynamicsWifi.Emulator.Faults
{
    /// <summary>Dataverse's error codes (OrganizationServiceFault.ErrorCode) for the failures the emulator
    /// reproduces (learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes).</summary>
    internal static class ErrorCodes
    {
        public const int DuplicateRecord = unchecked((int)0x80040237);
        public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);
        public const int RecordNotFoundByEntityKey = unchecked((int)0x80060891);
        public const int EntityKeyNotDefined = unchecked((int)0x80060890);
        public const int ObjectDoesNotExist = unchecked((int)0x80040217);
        public const int QueryBuilderNoAttribute = unchecked((int)0x80041103);
        public const int QueryBuilderNoEntity = unchecked((int)0x80041102);
        // The join-tables page gives the code and text, not the name; the name is ours.
        public const int LinkEntityLimitExceeded = unchecked((int)0x8004430D);
        public const int EntityNotExist = unchecked((int)0x8004F899);
        public const int StringLengthTooLong = unchecked((int)0x80044331);
        public const int IntegerValueOutOfRange = unchecked((int)0x8004432F);
        public const int PicklistValueOutOfRange = unchecked((int)0x8004431A);
        public const int InvalidDateTime = unchecked((int)0x80040239);
        public const int IncorrectAttributeValueType = unchecked((int)0x80044354);
        public const int InvalidArgument = unchecked((int)0x80040203);
        public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);
        public const int ConcurrencyVersionNotProvided = unchecked((int)0x80060883);
        public const int OptimisticConcurrencyNotEnabled = unchecked((int)0x8006088D);
        public const int PrivilegeDenied = unchecked((int)0x80040220);
        public const int AccessDenied = unchecked((int)0x80048405);
        public const int CustomApiNotFound = unchecked((int)0x80048841);
        public const int SdkCorrelationTokenDepthTooHigh = unchecked((int)0x80044182);
        public const int IsvAborted = unchecked((int)0x80040265);
        public const int IsvUnExpected = unchecked((int)0x80040224);
        public const int IsvTransactionCount = unchecked((int)0x8009000C);
        public const int TransactionNotStarted = unchecked((int)0x80040251);
        public const int SqlError = unchecked((int)0x80044150);
        public const int SqlTimeout = unchecked((int)0x80044151);
        public const int EnvironmentVariableNotFound = unchecked((int)0x80095004);
    }
}
