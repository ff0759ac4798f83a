using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace DynamicsWifi.Client.Http
{
    /// <summary>Counts every request that reaches the wire, retries included, and the 429s among the answers.</summary>
    internal sealed class CountingHandler : DelegatingHandler
    {
        private readonly CallStatistics _statistics;

        public CountingHandler(CallStatistics statistics, HttpMessageHandler inner)
            : base(inner)
        {
            _statistics = statistics;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException)
            {
                _statistics.CountCall(false);
                throw;
            }

            _statistics.CountCall((int)response.StatusCode == 429);
            return response;
        }
    }
}
