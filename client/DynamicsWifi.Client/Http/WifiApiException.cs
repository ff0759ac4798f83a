using System;

namespace DynamicsWifi.Client.Http
{
    /// <summary>A call Dataverse refused for good (after retries, or not retryable): the HTTP status, Dataverse's error code
    /// and message, and the WIFI_ code the message starts with, when it does.</summary>
    public sealed class WifiApiException : Exception
    {
        public WifiApiException(int statusCode, string errorCode, string message)
            : base(message)
        {
            StatusCode = statusCode;
            ErrorCode = errorCode;
            WifiCode = WifiErrorMessage.LeadingCode(message);
        }

        public int StatusCode { get; }

        /// <summary>Dataverse's code, such as 0x80040265 (a plug-in's refusal).</summary>
        public string ErrorCode { get; }

        public string? WifiCode { get; }
    }
}
