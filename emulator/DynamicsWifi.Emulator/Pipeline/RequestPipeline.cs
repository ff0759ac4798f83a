using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Messages;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Emulator.Security;
using DynamicsWifi.Emulator.Service;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>Runs one message inside a request's transaction: today the main operation (stage 30) only. Any failure
    /// ends the whole transaction, even when the caller catches it, as in Dataverse (DATAVERSE-FACTS.md 2.2).</summary>
    internal sealed class RequestPipeline
    {
        private readonly MetadataCatalog _catalog;
        private readonly IReadOnlyDictionary<string, IMessageHandler> _handlers;
        private readonly Func<DateTime> _clock;
        private readonly Func<Guid, IAccessControl> _accessOf;

        public RequestPipeline(MetadataCatalog catalog, IEnumerable<IMessageHandler> handlers, Func<DateTime> clock, Func<Guid, IAccessControl> accessOf)
        {
            _catalog = catalog;
            _accessOf = accessOf;
            _handlers = handlers.ToDictionary(handler => handler.MessageName, StringComparer.Ordinal);
            _clock = clock;
        }

        /// <summary>A service call: recorded in the request log at its depth, then run.</summary>
        public OrganizationResponse Call(OrganizationRequest request, Guid callerId, ExecutionScope scope, int depth)
        {
            var handler = HandlerFor(request);
            scope.Record(new ServiceCall(request.RequestName, handler.TableOf(request), depth));
            return Run(handler, request, callerId, scope, depth);
        }

        private OrganizationResponse Run(IMessageHandler handler, OrganizationRequest request, Guid callerId, ExecutionScope scope, int depth)
        {
            try
            {
                var context = new MessageContext(scope.Transaction, _catalog, callerId, _accessOf(callerId), _clock(), inner => Run(HandlerFor(inner), inner, callerId, scope, depth));
                return handler.Handle(request, context);
            }
            catch (Exception failure)
            {
                scope.Transaction.Doom(failure);
                throw;
            }
        }

        private IMessageHandler HandlerFor(OrganizationRequest request)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            return _handlers.TryGetValue(request.RequestName ?? string.Empty, out var handler)
                ? handler
                : throw DataverseFaults.MessageNotFound(request.RequestName ?? string.Empty);
        }
    }
}
