using System;
using System.Net.Http;
using System.Threading.Tasks;
using DynamicsWifi.Emulator.WebApi.Hosting;
using DynamicsWifi.Relay.Hosting;
using DynamicsWifi.Relay.Status;

namespace DynamicsWifi.Relay.Tests
{
    /// <summary>A relay that takes webhooks but does not drain them, and the WiFi platform posting to it signed, so a
    /// test sees what intake answered and queued.</summary>
    internal sealed class IntakeOnlyRelay : IAsyncDisposable
    {
        private readonly RelayServer _relay;
        private readonly SignedPoster _poster;

        private IntakeOnlyRelay(RelayServer relay)
        {
            _relay = relay;
            _poster = new SignedPoster(relay.Url);
        }

        public static async Task<IntakeOnlyRelay> Start(LocalWebApi dataverse, Action<RelayOptions>? configure = null) =>
            new IntakeOnlyRelay(await LocalRelay.Start(LocalDataverse.Integration(dataverse), options =>
            {
                options.Drain = false;
                configure?.Invoke(options);
            }).ConfigureAwait(false));

        public Task<HttpResponseMessage> Post(string json, string secret = SignedPoster.Secret, DateTimeOffset? at = null) =>
            _poster.Post(json, secret, at);

        public Task<RelayStatus> StatusAsync() => _relay.StatusAsync();

        public async Task<long?> QueueDepth() => (await _relay.StatusAsync().ConfigureAwait(false)).QueueDepth;

        public async ValueTask DisposeAsync()
        {
            _poster.Dispose();
            await _relay.DisposeAsync().ConfigureAwait(false);
        }
    }
}
