using System;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Emulator.Registration;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>Runs one plug-in for one step with its context, records the execution in the trace log, and shapes what
    /// it throws as Dataverse does. A plug-in running in a transaction that returns normally after one of its service
    /// calls failed still fails the request (IsvTransactionCount), since that failure already ended the transaction;
    /// outside any transaction a failed call ends nothing, and the plug-in may carry on.</summary>
    internal sealed class StepRunner
    {
        private readonly PluginInstances _instances;
        private readonly PluginTraceLog _traces;
        private readonly Entrance _entrance;

        public StepRunner(PluginInstances instances, PluginTraceLog traces, Entrance entrance)
        {
            _instances = instances;
            _traces = traces;
            _entrance = entrance;
        }

        /// <summary>Runs the plug-in; <paramref name="call"/> is the operation's call in the transaction the step runs in
        /// (none outside one), which the plug-in's own service calls join.</summary>
        public void Run(Guid stepId, string pluginTypeName, string? unsecureConfiguration, IPluginExecutionContext4 context, Call call)
        {
            var plugin = _instances.For(stepId, pluginTypeName, unsecureConfiguration, secureConfiguration: null);
            var trace = new PluginTrace();
            Exception? failure = null;
            try
            {
                plugin.Execute(new PluginServiceProvider(context, trace, new PluginServiceFactory(_entrance, call, context)));
            }
            catch (Exception thrown)
            {
                failure = thrown;
                throw PluginFaults.Shape(thrown, string.Join(Environment.NewLine, trace.Lines));
            }
            finally
            {
                _traces.Add(new PluginExecutionRecord(
                    pluginTypeName,
                    context.MessageName,
                    context.PrimaryEntityName,
                    context.Stage,
                    context.Mode,
                    context.Depth,
                    context.CorrelationId,
                    trace.Lines,
                    failure == null ? null : failure.GetType().FullName + ": " + failure.Message));
            }

            if (call.Transaction?.IsDoomed == true)
            {
                throw DataverseFaults.IsvTransactionCount();
            }
        }

        public void Run(StepRegistration step, IPluginExecutionContext4 context, Call call) =>
            Run(step.Id, step.PluginTypeName, step.UnsecureConfiguration, context, call);
    }
}
