using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>What Dataverse refuses when a step is registered, checked as the export is read so a solution that could
    /// not be imported cannot be emulated either (DATAVERSE-FACTS.md 2.1 and 2.4;
    /// learn.microsoft.com/power-apps/developer/data-platform/register-plug-in).</summary>
    internal static class StepRules
    {
        public static PipelineStage Stage(string stepName, int? stage) => stage switch
        {
            10 => PipelineStage.PreValidation,
            20 => PipelineStage.PreOperation,
            40 => PipelineStage.PostOperation,
            _ => throw Refused(stepName, $"is registered at stage {Describe(stage)}; steps may only be registered at stages 10 (PreValidation), 20 (PreOperation) and 40 (PostOperation)"),
        };

        public static StepMode Mode(string stepName, int? mode) => mode switch
        {
            null or 0 => StepMode.Synchronous,
            1 => StepMode.Asynchronous,
            _ => throw Refused(stepName, $"has Mode {mode}; Dataverse knows 0 (Synchronous) and 1 (Asynchronous)"),
        };

        public static void Check(string stepName, string message, PipelineStage stage, StepMode mode, IReadOnlyList<ImageRegistration> images)
        {
            if (mode == StepMode.Asynchronous && stage != PipelineStage.PostOperation)
            {
                throw Refused(stepName, $"is asynchronous at stage {(int)stage} ({stage}); asynchronous steps may only be registered at stage 40 (PostOperation)");
            }

            var preImage = images.FirstOrDefault(image => image.IsPreImage);
            if (preImage != null && message == "Create")
            {
                throw Refused(stepName, $"has pre-image '{preImage.EntityAlias}' on Create; there is no pre-image on Create, the row does not exist yet");
            }

            var postImage = images.FirstOrDefault(image => image.IsPostImage);
            if (postImage != null && message == "Delete")
            {
                throw Refused(stepName, $"has post-image '{postImage.EntityAlias}' on Delete; there is no post-image on Delete, the row no longer exists");
            }

            if (postImage != null && stage != PipelineStage.PostOperation)
            {
                throw Refused(stepName, $"has post-image '{postImage.EntityAlias}' at stage {(int)stage} ({stage}); post-images are only available at stage 40 (PostOperation)");
            }
        }

        public static InvalidDataException Refused(string stepName, string reason) =>
            new($"Step '{stepName}' {reason}. Dataverse refuses to register it.");

        private static string Describe(int? stage) => stage?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)";
    }
}
