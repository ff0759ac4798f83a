using System;
using DynamicsWifi.Emulator.WebApi.Auth;
using DynamicsWifi.Emulator.WebApi.Batch;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Routing;
using DynamicsWifi.Emulator.WebApi.Throttling;

namespace DynamicsWifi.Emulator.WebApi.Hosting
{
    /// <summary>The pieces a Web API request passes through, built once at start.</summary>
    internal sealed class WebApiServices
    {
        public WebApiServices(
            DataverseEmulator emulator,
            WebApiModel model,
            LocalAuthority authority,
            BearerAuthentication authentication,
            ServiceProtection protection,
            WebApiDispatcher dispatcher,
            BatchProcessor batch,
            Action requestEnded)
        {
            Emulator = emulator;
            Model = model;
            Authority = authority;
            Authentication = authentication;
            Protection = protection;
            Dispatcher = dispatcher;
            Batch = batch;
            RequestEnded = requestEnded;
        }

        public DataverseEmulator Emulator { get; }

        public WebApiModel Model { get; }

        public LocalAuthority Authority { get; }

        public BearerAuthentication Authentication { get; }

        public ServiceProtection Protection { get; }

        public WebApiDispatcher Dispatcher { get; }

        public BatchProcessor Batch { get; }

        /// <summary>Told after every request: asynchronous jobs it queued are due.</summary>
        public Action RequestEnded { get; }
    }
}
