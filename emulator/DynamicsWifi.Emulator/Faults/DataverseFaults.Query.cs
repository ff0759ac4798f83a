using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Faults
{
    /// <summary>Faults of the query engine: conditions, FetchXML, aggregates and paging.</summary>
    internal static partial class DataverseFaults
    {
        // Codes and texts from the Web service error codes list (learn.microsoft.com/power-apps/developer/data-platform/
        // reference/web-service-error-codes); each code is used by one factory only, so it stays beside it.
        public static FaultException<OrganizationServiceFault> UnsupportedConditionOperator(string operatorName) =>
            Create(unchecked((int)0x80041120), Format("Unsupported condition operator. The emulator does not evaluate '{0}'.", operatorName));

        // learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables#limitations
        public static FaultException<OrganizationServiceFault> TooManyLinkEntities() =>
            Create(ErrorCodes.LinkEntityLimitExceeded, "Number of link entities in query exceeded maximum limit.");

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
    }
}
