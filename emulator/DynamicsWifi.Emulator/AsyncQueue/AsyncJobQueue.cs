using System;
using System.Collections.Concurrent;
using System.ServiceModel;
using DynamicsWifi.Emulator.Pipeline;
using DynamicsWifi.Emulator.Service;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.AsyncQueue
{
    /// <summary>The asynchronous service: jobs queued when their request commits, run later (RunAsyncJobs) each in a
    /// transaction of its own, with the context captured at the time of the operation. A plug-in that asks for a retry
    /// (InvalidPluginExecutionException with OperationStatus.Retry) is run again, up to four attempts in all, as
    /// Dataverse does (DATAVERSE-FACTS.md 2.6, learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions);
    /// any other failure fails the job at once. Retries are not delayed in real time: the back-off Dataverse would wait
    /// is recorded as the job's postponeuntil.</summary>
    internal sealed class AsyncJobQueue
    {
        public const int MaxAttempts = 4;

        private readonly ConcurrentQueue<AsyncJob> _ready = new();
        private readonly SystemJobs _systemJobs;
        private readonly Func<DateTime> _clock;
        private StepRunner? _steps;
        private RequestRunner? _runner;

        public AsyncJobQueue(SystemJobs systemJobs, Func<DateTime> clock)
        {
            _systemJobs = systemJobs;
            _clock = clock;
        }

        public int Pending => _ready.Count;

        /// <summary>Set once the pipeline exists: jobs run through the same steps and entrance as requests.</summary>
        public void Connect(StepRunner steps, RequestRunner runner)
        {
            _steps = steps;
            _runner = runner;
        }

        /// <summary>The jobs of a request that committed (a rolled-back request queues none).</summary>
        public void Committed(ExecutionScope scope)
        {
            foreach (var job in scope.AsyncJobs)
            {
                job.SystemJobId = _systemJobs.Queued(job);
                _ready.Enqueue(job);
            }
        }

        /// <summary>Runs every ready job, and those the jobs themselves queue, until none is left; returns how many
        /// executions ran (retries included).</summary>
        public int RunAll()
        {
            var ran = 0;
            while (_ready.TryDequeue(out var job))
            {
                ran++;
                Run(job);
            }

            return ran;
        }

        private void Run(AsyncJob job)
        {
            try
            {
                _runner!.InTransaction(job.Context.UserId, scope =>
                {
                    _steps!.Run(job.Step, job.Context, scope);
                    return 0;
                }, job.Context.CorrelationId);
                _systemJobs.Succeeded(job);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                if (PluginFaults.StatusOf(fault) == OperationStatus.Retry && job.RetryCount + 1 < MaxAttempts)
                {
                    job.RetryCount++;
                    _systemJobs.Waiting(job, _clock().AddMinutes(Math.Pow(2, job.RetryCount)));
                    _ready.Enqueue(job);
                    return;
                }

                job.RetryCount++;
                _systemJobs.Failed(job, fault.Detail);
            }
        }
    }
}
