using System;

namespace DynamicsWifi.Emulator.WebApi.Errors
{
    /// <summary>A refusal the Web API front end makes itself, before any OrganizationRequest (an unknown segment, a
    /// property the type lacks, a malformed body): its HTTP status and Dataverse's code ("0x0" or "" where Dataverse's
    /// front end writes those).</summary>
    internal sealed class WebApiException : Exception
    {
        public WebApiException(int status, string code, string message)
            : base(message)
        {
            Status = status;
            Code = code;
        }

        public int Status { get; }

        public string Code { get; }

        /// <summary>404 0x8006088a "Resource not found for the segment '{0}'." (learn.microsoft.com/troubleshoot/power-platform/dataverse/dataverse-web-api-and-sdk/web-api-client-errors).</summary>
        public static WebApiException SegmentNotFound(string segment) => new(404, "0x8006088a", $"Resource not found for the segment '{segment}'.");

        /// <summary>404 with an empty code: the method does not fit the resource (same page, "No HTTP resource was found").</summary>
        public static WebApiException NoResource(string url) => new(404, string.Empty, $"No HTTP resource was found that matches the request URI '{url}'.");

        /// <summary>400 0x0 for a property the type does not have (same page).</summary>
        public static WebApiException NoProperty(string property, string table) =>
            new(400, "0x0", $"Could not find a property named '{property}' on type 'Microsoft.Dynamics.CRM.{table}'.");

        /// <summary>400 0x0 for a property in a body that the type does not have (same page, "Invalid property").</summary>
        public static WebApiException InvalidProperty(string property, string table) =>
            new(400, "0x0", $"Invalid property '{property}' was found in entity 'Microsoft.Dynamics.CRM.{table}'.");

        public static WebApiException BadRequest(string message) => new(400, "0x0", message);
    }
}
