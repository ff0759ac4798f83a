using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Registration;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The steps registered for one operation, stage by stage, and which images they need.</summary>
    internal sealed class OperationSteps
    {
        public OperationSteps(StepCatalog catalog, OrganizationRequest request, string table)
        {
            PreValidation = catalog.For(request, table, PipelineStage.PreValidation, StepMode.Synchronous);
            PreOperation = catalog.For(request, table, PipelineStage.PreOperation, StepMode.Synchronous);
            PostOperation = catalog.For(request, table, PipelineStage.PostOperation, StepMode.Synchronous);
            Asynchronous = catalog.For(request, table, PipelineStage.PostOperation, StepMode.Asynchronous);
        }

        public IReadOnlyList<StepRegistration> PreValidation { get; }

        public IReadOnlyList<StepRegistration> PreOperation { get; }

        public IReadOnlyList<StepRegistration> PostOperation { get; }

        public IReadOnlyList<StepRegistration> Asynchronous { get; }

        /// <summary>Whether a PreValidation step has a pre-image: it is read before the transaction, as the step runs.</summary>
        public bool PreValidationNeedsPreImage => PreValidation.Any(HasPreImage);

        /// <summary>Whether a later step has a pre-image: it is read in the transaction, before the main operation.</summary>
        public bool LaterStagesNeedPreImage => PreOperation.Concat(PostOperation).Concat(Asynchronous).Any(HasPreImage);

        public bool NeedsPostImage => PostOperation.Concat(Asynchronous).Any(step => step.Images.Any(image => image.IsPostImage));

        private static bool HasPreImage(StepRegistration step) => step.Images.Any(image => image.IsPreImage);
    }
}
