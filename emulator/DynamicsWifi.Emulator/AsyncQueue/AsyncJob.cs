using System;
using DynamicsWifi.Emulator.Registration;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.AsyncQueue
{
    /// <summary>An asynchronous step due after a commit: the step and the context captured at the time of the operation
    /// (its inputs and images), as the System Job (asyncoperation) row holds them.</summary>
    internal sealed class AsyncJob
    {
        /// <param name="contextData">The context as text, kept in the System Job row so the job outlives the process.</param>
        public AsyncJob(StepRegistration step, IPluginExecutionContext4 context, string contextData)
        {
            Step = step;
            Context = context;
            ContextData = contextData;
        }

        public StepRegistration Step { get; }

        public IPluginExecutionContext4 Context { get; }

        public string ContextData { get; }

        /// <summary>The asyncoperation row that reports this job, once written.</summary>
        public Guid SystemJobId { get; set; }

        /// <summary>Failed attempts so far.</summary>
        public int RetryCount { get; set; }
    }
}
