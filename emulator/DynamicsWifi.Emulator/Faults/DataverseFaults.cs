using System;
using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Faults
{
    /// <summary>The faults Dataverse raises, with its codes and message shapes (DATAVERSE-FACTS.md 1.2). Callers
    /// receive FaultException&lt;OrganizationServiceFault&gt;, as SDK callers of Dataverse do.</summary>
    internal static partial class DataverseFaults
    {
        public static FaultException<OrganizationServiceFault> Create(int errorCode, string message)
        {
            var fault = new OrganizationServiceFault
            {
                ErrorCode = errorCode,
                Message = message,
                Timestamp = DateTime.UtcNow,
            };
            return new FaultException<OrganizationServiceFault>(fault, message);
        }

        public static FaultException<OrganizationServiceFault> EntityDoesNotExist(string table) =>
            Create(ErrorCodes.EntityNotExist, Format("Entity name '{0}' does not exist in the organization.", table));

        public static FaultException<OrganizationServiceFault> QueryEntityDoesNotExist(string table) =>
            Create(ErrorCodes.QueryBuilderNoEntity, Format("The specified entity was not found. Entity: '{0}'.", table));

        public static FaultException<OrganizationServiceFault> AttributeDoesNotExist(string table, string column) =>
            Create(ErrorCodes.QueryBuilderNoAttribute, Format("'{0}' entity doesn't contain attribute with Name = '{1}' and NameMapping = 'Logical'.", table, column));

        public static FaultException<OrganizationServiceFault> RowDoesNotExist(string table, Guid id) =>
            Create(ErrorCodes.ObjectDoesNotExist, Format("{0} With Id = {1} Does Not Exist", table, id));

        public static FaultException<OrganizationServiceFault> RowDoesNotExistByKey(string table) =>
            Create(ErrorCodes.RecordNotFoundByEntityKey, Format("A record with the specified key values does not exist in {0} entity", table));

        // Learn names no code or text for a key value given as null; InvalidArgument naming the columns is our choice.
        public static FaultException<OrganizationServiceFault> KeyValueMissing(string table, string keyName, System.Collections.Generic.IEnumerable<string> columns) =>
            Create(ErrorCodes.InvalidArgument, Format(
                "The key {0} of the {1} entity cannot address a record: {2} has no value.", keyName, table, string.Join(", ", columns)));

        public static FaultException<OrganizationServiceFault> KeyNotDefined(string table, string columns) =>
            Create(ErrorCodes.EntityKeyNotDefined, Format("The specified key attributes are not a defined key for the {0} entity: {1}", table, columns));

        public static FaultException<OrganizationServiceFault> DuplicateKey(string keyName, string columns) =>
            Create(ErrorCodes.DuplicateRecordEntityKey, Format(
                "Entity Key {0} violated. A record with the same value for {1} already exists. A duplicate record cannot be created. Select one or more unique values and try again.",
                keyName,
                columns));

        public static FaultException<OrganizationServiceFault> DuplicatePrimaryKey(string table, Guid id) =>
            Create(ErrorCodes.DuplicateRecord, Format("Cannot insert duplicate key. A {0} with id {1} already exists.", table, id));

        public static FaultException<OrganizationServiceFault> StringTooLong(string table, string column, int maxLength) =>
            Create(ErrorCodes.StringLengthTooLong, Format(
                "A validation error occurred.  The length of the '{0}' attribute of the '{1}' entity exceeded the maximum allowed length of '{2}'.",
                column,
                table,
                maxLength));

        public static FaultException<OrganizationServiceFault> ValueOutOfRange(string table, string column, object value, object min, object max) =>
            Create(ErrorCodes.IntegerValueOutOfRange, Format(
                "A validation error occurred.  The value {0} of '{1}' on record of type '{2}' is outside the valid range. Accepted Values: {3} - {4}",
                value,
                column,
                table,
                min,
                max));

        public static FaultException<OrganizationServiceFault> OptionOutOfRange(string table, string column, int value) =>
            Create(ErrorCodes.PicklistValueOutOfRange, Format(
                "A validation error occurred. The value {0} of '{1}' on record of type '{2}' is outside the valid range.",
                value,
                column,
                table));

        public static FaultException<OrganizationServiceFault> IncorrectType(string column, string expected, string found) =>
            Create(ErrorCodes.IncorrectAttributeValueType, Format("Invalid Attribute Value Type for {0}. Expected: {1}, Found: {2}", column, expected, found));

        public static FaultException<OrganizationServiceFault> DateOutOfRange(string table, string column) =>
            Create(ErrorCodes.InvalidDateTime, Format(
                "The date-time format is invalid, or value is outside the supported range. Attribute: '{0}', entity: '{1}'.",
                column,
                table));

        // Wording ours (DATAVERSE-FACTS.md 8.3 leaves it open); the code is the platform's generic bad-argument one.
        public static FaultException<OrganizationServiceFault> CannotBeNull(string table, string column) =>
            Create(ErrorCodes.InvalidArgument, Format("Attribute: {0} of entity {1} cannot be set to NULL", column, table));

        // Wording ours, see CannotBeNull.
        public static FaultException<OrganizationServiceFault> LookupTargetNotAllowed(string table, string column, string target, string allowed) =>
            Create(ErrorCodes.InvalidArgument, Format(
                "The lookup '{0}' of entity '{1}' cannot point at entity '{2}'. It can point at: {3}.",
                column,
                table,
                target,
                allowed));

        public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
            Create(ErrorCodes.InvalidArgument, message);

        public static FaultException<OrganizationServiceFault> RowVersionMismatch() =>
            Create(ErrorCodes.ConcurrencyVersionMismatch, "The version of the existing record doesn't match the RowVersion property provided.");

        public static FaultException<OrganizationServiceFault> RowVersionNotProvided() =>
            Create(ErrorCodes.ConcurrencyVersionNotProvided, "The RowVersion property must be provided when the value of ConcurrencyBehavior is IfVersionMatches.");

        public static FaultException<OrganizationServiceFault> DeadlockVictim() =>
            Create(ErrorCodes.SqlError, "Generic SQL error.");

        public static FaultException<OrganizationServiceFault> LockTimeout() =>
            Create(ErrorCodes.SqlTimeout, "Sql error: 'Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.'");

        /// <summary>A service call made on a transaction that a failed operation already ended (DATAVERSE-FACTS.md 2.2).</summary>
        public static FaultException<OrganizationServiceFault> TransactionNotStarted() =>
            Create(ErrorCodes.TransactionNotStarted, "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.");

        /// <summary>A plug-in returned normally although a service call it made failed and ended the transaction
        /// (DATAVERSE-FACTS.md 2.2).</summary>
        public static FaultException<OrganizationServiceFault> IsvTransactionCount() =>
            Create(ErrorCodes.IsvTransactionCount, "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing.");

        private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
