using System;
using DynamicsWifi.Emulator.Registration;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>Builds the context of one step of an operation
    /// (learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context): the request's parameters
    /// (a pre-operation change to the Target is what gets saved), the shared variables of the operation (pre-validation
    /// of Create, Update and Delete has its own, reached from later stages through ParentContext), images, depth, users,
    /// correlation, and whether the step runs inside the operation's transaction.</summary>
    internal static class ContextFactory
    {
        /// <param name="onBulkHalf">The step is registered on the bulk message a single Create or Update also raises: it
        /// sees that message's name, Targets and outputs.</param>
        /// <param name="preImages">One collection per row the operation addresses.</param>
        public static PluginExecutionContext For(Operation operation, Guid stepId, PipelineStage stage, StepMode mode, Guid? runAs, Guid businessUnitId,
            bool isInTransaction, bool onBulkHalf = false, EntityImageCollection[]? preImages = null, EntityImageCollection[]? postImages = null)
        {
            var asynchronous = mode == StepMode.Asynchronous;
            var message = onBulkHalf ? operation.BulkHalf! : operation.Request;
            var perItem = MergedMessages.IsBulk(message.RequestName);
            preImages ??= new[] { new EntityImageCollection() };
            postImages ??= new[] { new EntityImageCollection() };
            return new PluginExecutionContext
            {
                MessageName = message.RequestName,
                PrimaryEntityName = operation.Table.Length == 0 ? "none" : operation.Table,
                PrimaryEntityId = perItem ? Guid.Empty : operation.PrimaryId,
                InputParameters = asynchronous ? Copy(message.Parameters) : message.Parameters,
                OutputParameters = stage < PipelineStage.MainOperation ? new ParameterCollection() : onBulkHalf ? operation.BulkHalfOutputs : operation.OutputParameters,
                SharedVariables = stage == PipelineStage.PreValidation ? operation.PreValidationVariables : operation.SharedVariables,
                ParentContext = stage == PipelineStage.PreValidation || !operation.HasOwnPreValidationContext ? operation.Parent! : PreValidationView(operation),
                PreEntityImages = perItem ? new EntityImageCollection() : preImages[0],
                PostEntityImages = perItem ? new EntityImageCollection() : postImages[0],
                PreEntityImagesCollection = preImages,
                PostEntityImagesCollection = postImages,
                Depth = operation.Depth,
                Stage = (int)stage,
                Mode = (int)mode,
                UserId = runAs ?? operation.CallerId,
                InitiatingUserId = operation.Scope.InitiatingUserId,
                BusinessUnitId = businessUnitId,
                CorrelationId = operation.Scope.CorrelationId,
                RequestId = operation.RequestId,
                OperationId = operation.OperationId,
                OperationCreatedOn = operation.CreatedOn,
                IsInTransaction = isInTransaction,
                OwningExtension = new EntityReference("sdkmessageprocessingstep", stepId),
            };
        }

        /// <summary>What later stages see as their parent: the operation's pre-validation context, with its variables.</summary>
        private static PluginExecutionContext PreValidationView(Operation operation) =>
            operation.PreValidationView ??= View(operation, PipelineStage.PreValidation, operation.PreValidationVariables, operation.Parent!, new ParameterCollection());

        /// <summary>The operation as the messages its handler sends see it in their ParentContext: its own context at the
        /// main operation (stage 30), with its parameters, shared variables and parent; built once.</summary>
        public static PluginExecutionContext MainOperationView(Operation operation) =>
            operation.MainOperationView ??= View(
                operation,
                PipelineStage.MainOperation,
                operation.SharedVariables,
                operation.HasOwnPreValidationContext ? PreValidationView(operation) : operation.Parent!,
                operation.OutputParameters);

        private static PluginExecutionContext View(Operation operation, PipelineStage stage, ParameterCollection shared, IPluginExecutionContext parent, ParameterCollection outputs) => new()
        {
            MessageName = operation.Request.RequestName,
            PrimaryEntityName = operation.Table.Length == 0 ? "none" : operation.Table,
            PrimaryEntityId = operation.PrimaryId,
            InputParameters = operation.Request.Parameters,
            OutputParameters = outputs,
            SharedVariables = shared,
            ParentContext = parent,
            Depth = operation.Depth,
            Stage = (int)stage,
            UserId = operation.CallerId,
            InitiatingUserId = operation.Scope.InitiatingUserId,
            CorrelationId = operation.Scope.CorrelationId,
            RequestId = operation.RequestId,
            OperationId = operation.OperationId,
            OperationCreatedOn = operation.CreatedOn,
            IsInTransaction = stage != PipelineStage.PreValidation || operation.Call.Transaction != null,
        };

        /// <summary>An asynchronous step sees the inputs as they were at the time of the operation, whatever the caller
        /// does with its objects afterwards.</summary>
        private static ParameterCollection Copy(ParameterCollection parameters)
        {
            var copy = new ParameterCollection();
            foreach (var (name, value) in parameters)
            {
                copy[name] = value is Entity entity ? CopyOf(entity) : value;
            }

            return copy;
        }

        private static Entity CopyOf(Entity entity)
        {
            var copy = new Entity(entity.LogicalName, entity.Id) { RowVersion = entity.RowVersion };
            foreach (var (name, value) in entity.Attributes)
            {
                copy[name] = Query.ValueCopy.Of(value);
            }

            return copy;
        }
    }
}
