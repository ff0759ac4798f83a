using System.ServiceModel;
using DynamicsWifi.Emulator.AsyncQueue;
using DynamicsWifi.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Service
{
    /// <summary>The asynchronous service: drains the queue, sending each job in from the top, and tells the queue how
    /// each attempt ended, so it can keep the System Job row and make the job ready again when it asked for a retry.</summary>
    internal sealed class AsyncJobRunner
    {
        private readonly RequestRunner _runner;
        private readonly AsyncJobQueue _queue;

        public AsyncJobRunner(RequestRunner runner, AsyncJobQueue queue)
        {
            _runner = runner;
            _queue = queue;
        }

        /// <summary>Runs every ready job, and those the jobs themselves queue, until none is left; returns how many
        /// executions ran (retries included).</summary>
        public int RunAll()
        {
            var ran = 0;
            while (_queue.TryTake(out var job))
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
                _runner.RunAsyncJob(job);
                _queue.Succeeded(job);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                if (PluginFaults.StatusOf(fault) == OperationStatus.Retry && _queue.Retry(job))
                {
                    return;
                }

                _queue.Failed(job, fault.Detail);
            }
        }
    }
}
