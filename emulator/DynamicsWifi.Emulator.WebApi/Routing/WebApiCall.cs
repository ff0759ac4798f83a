using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Protocol;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Routing
{
    /// <summary>One request on its way through the host: what was asked, by whom, the organization service acting as
    /// them (joined to a $batch change set's transaction when it is part of one), and the rows earlier parts of a change
    /// set created, by Content-ID.</summary>
    internal sealed class WebApiCall
    {
        public WebApiCall(WebApiRequest request, WebApiModel model, IOrganizationService service, Guid callerId, string serviceRoot, IReadOnlyDictionary<string, string>? contentIds = null)
        {
            Request = request;
            Model = model;
            Service = service;
            CallerId = callerId;
            ServiceRoot = serviceRoot;
            ContentIds = contentIds ?? new Dictionary<string, string>();
        }

        public WebApiRequest Request { get; }

        public WebApiModel Model { get; }

        public IOrganizationService Service { get; }

        public Guid CallerId { get; }

        /// <summary>The absolute service root, ending in /api/data/v9.2/.</summary>
        public string ServiceRoot { get; }

        /// <summary>Content-ID to the relative URL of the row its part created.</summary>
        public IReadOnlyDictionary<string, string> ContentIds { get; }

        public PreferHeader Prefer => Request.Prefer;

        public string Context(string fragment) => ServiceRoot + "$metadata#" + fragment;

        /// <summary>The row an @odata.bind value names; "$n" names the row change set part n created.</summary>
        public EntityReference ResolveRow(string url)
        {
            if (url.StartsWith("$", StringComparison.Ordinal) && ContentIds.TryGetValue(url.Substring(1), out var created))
            {
                url = created;
            }

            return ODataUrls.Row(Model, url).Reference;
        }
    }
}
