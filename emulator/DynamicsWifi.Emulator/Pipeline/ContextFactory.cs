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
        public static PluginExecutionContext For(Operation operation, Guid stepId, PipelineStage stage, StepMode mode, Guid? runAs, Guid businessUnitId,
            bool isInTransaction, EntityImageCollection? preImages = null, EntityImageCollection? postImages = null)
        {
            var asynchronous = mode == StepMode.Asynchronous;
            return new PluginExecutionContext
            {
                MessageName = operation.Request.RequestName,
                PrimaryEntityName = operation.Table.Length == 0 ? "none" : operation.Table,
                PrimaryEntityId = operation.PrimaryId,
                InputParameters = asynchronous ? Copy(operation.Request.Parameters) : operation.Request.Parameters,
                OutputParameters = stage >= PipelineStage.MainOperation ? operation.OutputParameters : new ParameterCollection(),
                SharedVariables = stage == PipelineStage.PreValidation ? operation.PreValidationVariables : operation.SharedVariables,
                ParentContext = stage == PipelineStage.PreValidation || !operation.HasOwnPreValidationContext ? operation.Parent! : PreValidationView(operation),
                PreEntityImages = preImages ?? new EntityImageCollection(),
                PostEntityImages = postImages ?? new EntityImageCollection(),
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
        private static PluginExecutionContext PreValidationView(Operation operation) => operation.PreValidationView ??= new()
        {
            MessageName = operation.Request.RequestName,
            PrimaryEntityName = operation.Table.Length == 0 ? "none" : operation.Table,
            PrimaryEntityId = operation.PrimaryId,
            InputParameters = operation.Request.Parameters,
            SharedVariables = operation.PreValidationVariables,
            ParentContext = operation.Parent!,
            Depth = operation.Depth,
            Stage = (int)PipelineStage.PreValidation,
            UserId = operation.CallerId,
            InitiatingUserId = operation.Scope.InitiatingUserId,
            CorrelationId = operation.Scope.CorrelationId,
            RequestId = operation.RequestId,
            OperationId = operation.OperationId,
            OperationCreatedOn = operation.CreatedOn,
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
