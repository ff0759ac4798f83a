using System;
using DynamicsWifi.Emulator.Registration;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.AsyncQueue
{
    /// <summary>An asynchronous step due after a commit: the step and the context captured at the time of the operation
    /// (its inputs and images), as the System Job (asyncoperation) row holds them.</summary>
    internal sealed class AsyncJob
    {
        public AsyncJob(StepRegistration step, IPluginExecutionContext4 context)
        {
            Step = step;
            Context = context;
        }

        public StepRegistration Step { get; }

        public IPluginExecutionContext4 Context { get; }

        /// <summary>The asyncoperation row that reports this job, once written.</summary>
        public Guid SystemJobId { get; set; }

        /// <summary>Failed attempts so far.</summary>
        public int RetryCount { get; set; }
    }
}
