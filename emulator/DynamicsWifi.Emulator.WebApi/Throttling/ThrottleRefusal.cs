using System;
using System.Globalization;

namespace DynamicsWifi.Emulator.WebApi.Throttling
{
    /// <summary>A refused request: which limit, Dataverse's code and message for it, and how long to wait.</summary>
    internal sealed class ThrottleRefusal
    {
        private ThrottleRefusal(string code, string message, TimeSpan retryAfter)
        {
            Code = code;
            Message = message;
            RetryAfter = retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter;
        }

        /// <summary>0x80072322 ThrottlingBurstRequestLimitExceededError.</summary>
        public static ThrottleRefusal Requests(int limit, TimeSpan window, TimeSpan retryAfter) => new(
            "0x80072322",
            $"Number of requests exceeded the limit of {limit.ToString(CultureInfo.InvariantCulture)} over time window of {(int)window.TotalSeconds} seconds.",
            retryAfter);

        /// <summary>0x80072321 ThrottlingTimeExceededError.</summary>
        public static ThrottleRefusal ExecutionTime(long limitMilliseconds, TimeSpan window, TimeSpan retryAfter) => new(
            "0x80072321",
            $"Combined execution time of incoming requests exceeded limit of {limitMilliseconds.ToString("N0", CultureInfo.InvariantCulture)} milliseconds over time window of {(int)window.TotalSeconds} seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later.",
            retryAfter);

        /// <summary>0x80072326 ThrottlingConcurrencyLimitExceededError.</summary>
        public static ThrottleRefusal Concurrency(int limit) => new(
            "0x80072326",
            $"Number of concurrent requests exceeded the limit of {limit.ToString(CultureInfo.InvariantCulture)}.",
            TimeSpan.FromSeconds(1));

        public string Code { get; }

        public string Message { get; }

        public TimeSpan RetryAfter { get; }

        public string RetryAfterSeconds => ((int)Math.Ceiling(RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }
}
