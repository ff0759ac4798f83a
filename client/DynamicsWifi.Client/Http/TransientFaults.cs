using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace DynamicsWifi.Client.Http
{
    /// <summary>The retry pipeline every call goes through: 429 (service protection), 408, 502, 503 (WIFI_RETRY answers
    /// 503), 504, Dataverse's SQL deadlock and timeout 500s, connection failures and per-attempt timeouts. Waits as
    /// Retry-After says plus jitter, so clients throttled together do not return together; otherwise exponential backoff
    /// with jitter. Every call is safe to repeat: session ids, BatchIds and consent EventIds make them idempotent.</summary>
    internal static class TransientFaults
    {
        private const string SqlDeadlock = "0x80044150";
        private const string SqlTimeout = "0x80044151";

        public static ResiliencePipeline<HttpResponseMessage> Pipeline(WifiClientOptions options, CallStatistics statistics)
        {
            var jitter = new Jitter();
            return new ResiliencePipelineBuilder<HttpResponseMessage>()
                .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.MaxRetryDelay,
                    ShouldHandle = args => IsTransient(args.Outcome),
                    DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result) is TimeSpan wait ? jitter.Add(wait) : (TimeSpan?)null),
                    OnRetry = args =>
                    {
                        statistics.CountRetry(args.RetryDelay);
                        args.Outcome.Result?.Dispose();
                        return default;
                    },
                })
                .AddTimeout(options.RequestTimeout)
                .Build();
        }

        private static async ValueTask<bool> IsTransient(Outcome<HttpResponseMessage> outcome)
        {
            if (outcome.Exception != null)
            {
                return outcome.Exception is HttpRequestException || outcome.Exception is TimeoutRejectedException
                    || (outcome.Exception is MsalServiceException msal && msal.IsRetryable);
            }

            var response = outcome.Result!;
            switch ((int)response.StatusCode)
            {
                case 408:
                case 429:
                case 502:
                case 503:
                case 504:
                    return true;
                case 500:
                    var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    return body.Contains(SqlDeadlock) || body.Contains(SqlTimeout);
                default:
                    return false;
            }
        }

        private static TimeSpan? RetryAfter(HttpResponseMessage? response)
        {
            var retryAfter = response?.Headers.RetryAfter;
            if (retryAfter == null)
            {
                return null;
            }

            if (retryAfter.Delta.HasValue)
            {
                return retryAfter.Delta.Value;
            }

            return retryAfter.Date.HasValue ? retryAfter.Date.Value - DateTimeOffset.UtcNow : (TimeSpan?)null;
        }

        /// <summary>Retry-After plus up to a fifth of it (at least up to 250 ms) at random.</summary>
        private sealed class Jitter
        {
            private readonly Random _random = new Random();

            public TimeSpan Add(TimeSpan wait)
            {
                var spread = Math.Max(250, wait.TotalMilliseconds / 5);
                double extra;
                lock (_random)
                {
                    extra = _random.NextDouble() * spread;
                }

                return TimeSpan.FromMilliseconds(Math.Max(0, wait.TotalMilliseconds) + extra);
            }
        }
    }
}
