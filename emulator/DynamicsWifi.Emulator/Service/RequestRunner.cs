using System;
using DynamicsWifi.Emulator.AsyncQueue;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Service
{
    /// <summary>The top of every request (STYLE.md 3.4): a caller's service call, a plug-in's service call coming back
    /// in, and each attempt of an asynchronous job all enter here, are recorded as service calls of their top-level
    /// request, and go down into the pipeline. A top-level request is written to the request log when it ends.</summary>
    internal sealed class RequestRunner
    {
        private readonly RequestPipeline _pipeline;
        private readonly RequestLog _log;

        public RequestRunner(RequestPipeline pipeline, RequestLog log)
        {
            _pipeline = pipeline;
            _log = log;
        }

        /// <summary>A caller's own request: its own transaction, begun by the pipeline after pre-validation.</summary>
        public OrganizationResponse Execute(OrganizationRequest request, Guid callerId) =>
            AsTopLevel(callerId, null, call => Enter(request, call));

        /// <summary>The entrance every service call goes through, the caller's and the plug-ins' alike.</summary>
        public OrganizationResponse Enter(OrganizationRequest request, Call call)
        {
            call.Request.Record(new ServiceCall(request.RequestName, _pipeline.TableOf(request), call.Depth));
            return _pipeline.Execute(request, call);
        }

        /// <summary>Runs <paramref name="work"/> as one Dataverse transaction, the way a plug-in's calls share its
        /// request's: all of it commits or none of it does, and a failed call ends the transaction even when caught.</summary>
        public T InTransaction<T>(Guid callerId, Func<Call, T> work) =>
            AsTopLevel(callerId, null, call => _pipeline.InNewTransaction(call, work));

        /// <summary>A service acting as the call's user whose every call enters here with that call's depth and transaction.</summary>
        public IOrganizationService ServiceFor(Call call) => new DelegatingOrganizationService(request => Enter(request, call));

        /// <summary>One attempt of an asynchronous job, sent in from the top as a request of its own, with the job's
        /// correlation id.</summary>
        public void RunAsyncJob(AsyncJob job) =>
            AsTopLevel(job.Context.UserId, job.Context.CorrelationId, call =>
            {
                _pipeline.RunAsyncJob(job, call);
                return 0;
            });

        private T AsTopLevel<T>(Guid callerId, Guid? correlationId, Func<Call, T> work)
        {
            var request = new RequestScope(callerId, correlationId);
            try
            {
                var result = work(Call.TopLevel(callerId, request));
                _log.Add(request.ToRecord(succeeded: true));
                return result;
            }
            catch
            {
                _log.Add(request.ToRecord(succeeded: false));
                throw;
            }
        }
    }
}
