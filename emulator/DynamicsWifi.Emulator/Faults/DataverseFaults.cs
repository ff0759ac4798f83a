using System;
using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Faults
{
    /// <summary>The faults Dataverse raises, with its codes and message shapes (DATAVERSE-FACTS.md 1.2). Callers
    /// receive FaultException&lt;OrganizationServiceFault&gt;, as SDK callers of Dataverse do.</summary>
    internal static class DataverseFaults
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

        // Query faults: codes and texts from the Web service error codes list (learn.microsoft.com/power-apps/developer/
        // data-platform/reference/web-service-error-codes); the codes are literals here because Faults/ErrorCodes.cs is
        // shared, and can move there unchanged.
        public static FaultException<OrganizationServiceFault> UnsupportedConditionOperator(string operatorName) =>
            Create(unchecked((int)0x80041120), Format("Unsupported condition operator. The emulator does not evaluate '{0}'.", operatorName));

        public static FaultException<OrganizationServiceFault> UnsupportedJoinOperator(string joinOperator) =>
            Create(unchecked((int)0x80041121), Format("Unsupported join operator. The emulator does not evaluate '{0}'.", joinOperator));

        public static FaultException<OrganizationServiceFault> ConditionValueType(string table, string column, string expected, string found) =>
            Create(ErrorCodes.InvalidArgument, Format("Condition for attribute '{0}.{1}': expected argument(s) of type '{2}' but received '{3}'.", table, column, expected, found));

        public static FaultException<OrganizationServiceFault> ConditionValueCount(string operatorName, string column, string expected, int found) =>
            Create(ErrorCodes.InvalidArgument, Format("Condition operator '{0}' on attribute '{1}' expects {2} value(s) but received {3}.", operatorName, column, expected, found));

        public static FaultException<OrganizationServiceFault> FullTextSearchNotEnabled() =>
            Create(ErrorCodes.SqlError, "Generic SQL error.");

        public static FaultException<OrganizationServiceFault> QueryAliasNotFound(string alias) =>
            Create(unchecked((int)0x8004110b), Format("No alias for the given entity in the condition was found. Alias: '{0}'.", alias));

        public static FaultException<OrganizationServiceFault> QueryDuplicateAlias(string alias) =>
            Create(unchecked((int)0x80041130), Format("FetchXML should have unique aliases. Alias: '{0}'.", alias));

        public static FaultException<OrganizationServiceFault> QueryByAttributeWithoutAttributes() =>
            Create(unchecked((int)0x80041110), "QueryByAttribute must specify a non-empty attribute array.");

        public static FaultException<OrganizationServiceFault> QueryByAttributeValueMismatch() =>
            Create(unchecked((int)0x8004110f), "QueryByAttribute must specify a non-empty value array with the same number of elements as in the attributes array.");

        public static FaultException<OrganizationServiceFault> InvalidPagingCookie() =>
            Create(unchecked((int)0x8004112A), "Invalid page number in paging cookie.");

        public static FaultException<OrganizationServiceFault> InvalidXml(string detail) =>
            Create(unchecked((int)0x80040201), Format("Invalid XML. {0}", detail));

        public static FaultException<OrganizationServiceFault> FetchXmlEmpty() =>
            Create(unchecked((int)0x80041124), "Xml String can't be null.");

        public static FaultException<OrganizationServiceFault> FetchInvalidNode(string node) =>
            Create(unchecked((int)0x8004111c), Format("The element node encountered is invalid. Node: '{0}'.", node));

        public static FaultException<OrganizationServiceFault> FetchRequiredAttributeMissing(string element, string attribute) =>
            Create(unchecked((int)0x8004111e), Format("A required attribute was not specified. Element: '{0}', attribute: '{1}'.", element, attribute));

        public static FaultException<OrganizationServiceFault> FetchRequiredElementMissing(string element) =>
            Create(unchecked((int)0x80041123), Format("A required element was not specified. Element: '{0}'.", element));

        public static FaultException<OrganizationServiceFault> FetchInvalidLinkType(string linkType) =>
            Create(unchecked((int)0x80041117), Format("The only valid values for link-type attribute are 'natural', 'inner','in','exists','matchfirstrowusingcrossapply' and 'outer'. link-type = {0}", linkType));

        public static FaultException<OrganizationServiceFault> FetchInvalidFilterType(string filterType) =>
            Create(unchecked((int)0x80041122), Format("Unsupported filter type. Valid values are 'and', or 'or'. type = {0}", filterType));

        public static FaultException<OrganizationServiceFault> FetchInvalidFlag(string attribute) => attribute switch
        {
            "distinct" => Create(unchecked((int)0x80041115), "The only valid values for distinct attribute are 'true', 'false', '1', and '0'."),
            "descending" => Create(unchecked((int)0x80041119), "The only valid values for descending attribute are 'true', 'false', '1', and '0'."),
            "groupby" => Create(unchecked((int)0x8004112E), "The only valid values for groupby attribute are 'true', 'false', '1', and '0'."),
            "no-lock" => Create(unchecked((int)0x80041118), "The only valid values for no-lock attribute are 'true', 'false', '1', and '0'."),
            _ => Create(unchecked((int)0x80041108), Format("Invalid value specified for type. Attribute: '{0}'.", attribute)),
        };

        public static FaultException<OrganizationServiceFault> FetchInvalidValue(string attribute, string value) =>
            Create(unchecked((int)0x80041108), Format("Invalid value specified for type. Attribute: '{0}', value: '{1}'.", attribute, value));

        public static FaultException<OrganizationServiceFault> InvalidAggregate(string detail) =>
            Create(unchecked((int)0x8004111a), Format("An error occurred while processing Aggregates in Query. {0}", detail));

        public static FaultException<OrganizationServiceFault> InvalidDateGrouping(string value) =>
            Create(unchecked((int)0x80041135), Format("An invalid value was specified for dategrouping. dategrouping = {0}", value));

        public static FaultException<OrganizationServiceFault> AggregateNotSupportedForType(string function, string columnType) =>
            Create(unchecked((int)0x8004112F), Format("Aggregate {0} is not supported for attribute of type {1}.", function, columnType));

        public static FaultException<OrganizationServiceFault> AttributeWithAggregate() =>
            Create(unchecked((int)0x80041107), "Attributes can not be returned when aggregate operation is specified.");

        public static FaultException<OrganizationServiceFault> InvalidAggregateAlias() =>
            Create(unchecked((int)0x80041109), "Invalid alias for aggregate operation.");

        public static FaultException<OrganizationServiceFault> OrderAliasInNonAggregateQuery() =>
            Create(unchecked((int)0x80041132), "An alias cannot be specified for an order clause for a non-aggregate Query. Use an attribute.");

        public static FaultException<OrganizationServiceFault> OrderAttributeInAggregateQuery() =>
            Create(unchecked((int)0x80041131), "An attribute cannot be specified for an order clause for an aggregate Query. Use an alias.");

        public static FaultException<OrganizationServiceFault> AggregateRecordLimitExceeded() =>
            Create(unchecked((int)0x8004E023), "The maximum record limit is exceeded. Reduce the number of records.");

        private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
