using System;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Service;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>Runs one plug-in for one step with its context, records the execution in the trace log, and shapes what
    /// it throws as Dataverse does. A plug-in that returns normally after one of its service calls failed still fails
    /// the request (IsvTransactionCount), since that failure already ended the transaction.</summary>
    internal sealed class StepRunner
    {
        private readonly PluginInstances _instances;
        private readonly PluginTraceLog _traces;
        private readonly Func<ExecutionScope, int, PluginExecutionContext, PluginServiceFactory> _factoryFor;

        public StepRunner(PluginInstances instances, PluginTraceLog traces, Func<ExecutionScope, int, PluginExecutionContext, PluginServiceFactory> factoryFor)
        {
            _instances = instances;
            _traces = traces;
            _factoryFor = factoryFor;
        }

        public void Run(Guid stepId, string pluginTypeName, string? unsecureConfiguration, PluginExecutionContext context, ExecutionScope scope)
        {
            var plugin = _instances.For(stepId, pluginTypeName, unsecureConfiguration, secureConfiguration: null);
            var trace = new PluginTrace();
            Exception? failure = null;
            try
            {
                plugin.Execute(new PluginServiceProvider(context, trace, _factoryFor(scope, context.Depth, context)));
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

            if (scope.Transaction.IsDoomed)
            {
                throw DataverseFaults.IsvTransactionCount();
            }
        }

        public void Run(StepRegistration step, PluginExecutionContext context, ExecutionScope scope) =>
            Run(step.Id, step.PluginTypeName, step.UnsecureConfiguration, context, scope);
    }
}
