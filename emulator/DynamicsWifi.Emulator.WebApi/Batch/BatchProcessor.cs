using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Batch
{
    /// <summary>POST $batch: stand-alone requests each on their own; a change set as one transaction (the front door's
    /// ExecuteInTransaction) in which a failed part rolls every part back, later parts naming rows earlier ones created
    /// by $Content-ID. Processing stops at the first failure unless Prefer: odata.continue-on-error
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api).</summary>
    internal sealed class BatchProcessor
    {
        public const string Path = "$batch";

        private readonly DataverseEmulator _emulator;
        private readonly WebApiModel _model;
        private readonly WebApiDispatcher _dispatcher;
        private readonly string _serviceRoot;

        public BatchProcessor(DataverseEmulator emulator, WebApiModel model, WebApiDispatcher dispatcher, string serviceRoot)
        {
            _emulator = emulator;
            _model = model;
            _dispatcher = dispatcher;
            _serviceRoot = serviceRoot;
        }

        public WebApiResponse Handle(WebApiRequest batch, Guid userId)
        {
            try
            {
                if (batch.Method != "POST")
                {
                    throw WebApiException.NoResource(_serviceRoot + Path);
                }

                var parts = BatchReader.Read(batch, _model, _serviceRoot);
                var results = new List<BatchResult>();
                foreach (var group in Groups(parts))
                {
                    var result = group[0].ChangeSet == null ? Alone(group[0], userId) : ChangeSet(group, userId);
                    results.Add(result);
                    if (result.Failed && !batch.Prefer.ContinueOnError)
                    {
                        break;
                    }
                }

                return BatchWriter.Write(results, _serviceRoot);
            }
            catch (WebApiException refusal)
            {
                return ErrorResponses.From(refusal);
            }
        }

        private BatchResult Alone(BatchPart part, Guid userId) =>
            new(false, new[] { (part.ContentId, Dispatch(part, _emulator.CreateOrganizationService(userId), userId, new Dictionary<string, string>())) });

        private BatchResult ChangeSet(IReadOnlyList<BatchPart> parts, Guid userId)
        {
            var responses = new List<(string?, WebApiResponse)>();
            try
            {
                _emulator.ExecuteInTransaction(userId, service =>
                {
                    var created = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var part in parts)
                    {
                        var response = Dispatch(part, service, userId, created);
                        if (response.Status >= 400)
                        {
                            throw new ChangeSetFailed(part.ContentId, response);
                        }

                        responses.Add((part.ContentId, response));
                        Remember(created, part.ContentId, response);
                    }
                });
                return new BatchResult(true, responses);
            }
            catch (ChangeSetFailed failure)
            {
                return new BatchResult(true, new[] { (failure.ContentId, failure.Response) });
            }
        }

        private WebApiResponse Dispatch(BatchPart part, IOrganizationService service, Guid userId, IReadOnlyDictionary<string, string> created)
        {
            var request = part.Request;
            if (request.RelativeUrl.StartsWith("$", StringComparison.Ordinal))
            {
                var reference = request.RelativeUrl.Substring(1).Split('/', '?')[0];
                if (created.TryGetValue(reference, out var url))
                {
                    request = new WebApiRequest(request.Method, url + request.RelativeUrl.Substring(1 + reference.Length), request.Headers, request.Body);
                }
            }

            return _dispatcher.Handle(new WebApiCall(request, _model, service, userId, _serviceRoot, created));
        }

        private void Remember(Dictionary<string, string> created, string? contentId, WebApiResponse response)
        {
            var entityId = response.Headers.FirstOrDefault(header => header.Key == "OData-EntityId").Value;
            if (contentId != null && entityId != null && entityId.StartsWith(_serviceRoot, StringComparison.Ordinal))
            {
                created[contentId] = entityId.Substring(_serviceRoot.Length);
            }
        }

        private static IEnumerable<IReadOnlyList<BatchPart>> Groups(IReadOnlyList<BatchPart> parts)
        {
            var index = 0;
            while (index < parts.Count)
            {
                var changeSet = parts[index].ChangeSet;
                var group = new List<BatchPart> { parts[index++] };
                while (changeSet != null && index < parts.Count && parts[index].ChangeSet == changeSet)
                {
                    group.Add(parts[index++]);
                }

                yield return group;
            }
        }

        /// <summary>Leaves the change set's transaction, which then rolls back, carrying the failing part's answer.</summary>
        private sealed class ChangeSetFailed : Exception
        {
            public ChangeSetFailed(string? contentId, WebApiResponse response)
                : base("A part of the change set failed.")
            {
                ContentId = contentId;
                Response = response;
            }

            public string? ContentId { get; }

            public WebApiResponse Response { get; }
        }
    }
}
