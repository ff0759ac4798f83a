using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Registration;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The steps registered for one operation, stage by stage, and which images they need: those on its own
    /// message and, for a single Create or Update, those on the bulk message it also raises, in one rank order (a tie
    /// keeps the operation's own message first; Learn gives no order between the two halves).</summary>
    internal sealed class OperationSteps
    {
        public OperationSteps(StepCatalog catalog, Operation operation)
        {
            PreValidation = For(catalog, operation, PipelineStage.PreValidation, StepMode.Synchronous);
            PreOperation = For(catalog, operation, PipelineStage.PreOperation, StepMode.Synchronous);
            PostOperation = For(catalog, operation, PipelineStage.PostOperation, StepMode.Synchronous);
            Asynchronous = For(catalog, operation, PipelineStage.PostOperation, StepMode.Asynchronous);
        }

        public IReadOnlyList<OperationStep> PreValidation { get; }

        public IReadOnlyList<OperationStep> PreOperation { get; }

        public IReadOnlyList<OperationStep> PostOperation { get; }

        public IReadOnlyList<OperationStep> Asynchronous { get; }

        /// <summary>Whether any synchronous step runs for the operation.</summary>
        public bool AnySynchronous => PreValidation.Count + PreOperation.Count + PostOperation.Count > 0;

        /// <summary>Whether a PreValidation step has a pre-image: it is read before the transaction, as the step runs.</summary>
        public bool PreValidationNeedsPreImage => PreValidation.Any(HasPreImage);

        /// <summary>Whether a later step has a pre-image: it is read in the transaction, before the main operation.</summary>
        public bool LaterStagesNeedPreImage => PreOperation.Concat(PostOperation).Concat(Asynchronous).Any(HasPreImage);

        public bool NeedsPostImage => PostOperation.Concat(Asynchronous).Any(step => step.Registration.Images.Any(image => image.IsPostImage));

        private static IReadOnlyList<OperationStep> For(StepCatalog catalog, Operation operation, PipelineStage stage, StepMode mode)
        {
            var own = catalog.For(operation.Request, operation.Table, stage, mode).Select(step => new OperationStep(step, false));
            var bulkHalf = operation.BulkHalf == null
                ? Enumerable.Empty<OperationStep>()
                : catalog.For(operation.BulkHalf, operation.Table, stage, mode).Select(step => new OperationStep(step, true));
            return own.Concat(bulkHalf).OrderBy(step => step.Registration.Rank).ToList();
        }

        private static bool HasPreImage(OperationStep step) => step.Registration.Images.Any(image => image.IsPreImage);
    }
}
