using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Faults
{
    /// <summary>Faults for input beyond what the platform can compute with: filters nested too deeply, numbers that
    /// overflow, dates outside the calendar, text the service cannot carry. Where SQL Server itself refuses (nesting,
    /// arithmetic overflow) Dataverse reports its generic SQL error with SQL's text; elsewhere the wording is ours and the
    /// code the platform's generic bad-argument one, naming the value.</summary>
    internal static partial class DataverseFaults
    {
        // SQL Server's error 191, which Dataverse passes on as its generic SQL error.
        public static FaultException<OrganizationServiceFault> FilterNestedTooDeeply(int maximum) =>
            Create(ErrorCodes.SqlError, Format(
                "Generic SQL error. Some part of your SQL statement is nested too deeply. Rewrite the query or break it up into smaller queries. (Filters may nest at most {0} levels.)",
                maximum));

        // SQL Server's error 8623, which Dataverse passes on as its generic SQL error.
        public static FaultException<OrganizationServiceFault> QueryTooComplex(int maximumFilters) =>
            Create(ErrorCodes.SqlError, Format(
                "Generic SQL error. The query processor ran out of internal resources and could not produce a query plan. (A query may hold at most {0} filters.)",
                maximumFilters));

        // SQL Server's error 8115, which Dataverse passes on as its generic SQL error.
        public static FaultException<OrganizationServiceFault> ArithmeticOverflow(string dataType) =>
            Create(ErrorCodes.SqlError, Format("Generic SQL error. Arithmetic overflow error converting expression to data type {0}.", dataType));

        public static FaultException<OrganizationServiceFault> ConditionValueOutOfRange(string operatorName, string column, object? value) =>
            Create(ErrorCodes.InvalidArgument, Format(
                "Condition operator '{0}' on attribute '{1}': the value '{2}' is outside the range the operator can compute with.",
                operatorName,
                column,
                value ?? "null"));

        public static FaultException<OrganizationServiceFault> InvalidTextCharacter(string table, string column, int position, int codeUnit) =>
            Create(ErrorCodes.InvalidArgument, Format(
                "The value of attribute '{0}' of entity '{1}' holds a character that cannot be stored (U+{2:X4} at position {3}): NUL, other control characters and unpaired surrogates are refused.",
                column,
                table,
                codeUnit,
                position));

        public static FaultException<OrganizationServiceFault> RequestMissing() =>
            Create(ErrorCodes.InvalidArgument, "The request is required: Execute was given null.");

        public static FaultException<OrganizationServiceFault> KeyAttributeNameMissing(string table) =>
            Create(ErrorCodes.InvalidArgument, Format("A key attribute addressing a {0} record has no name.", table));
    }
}
