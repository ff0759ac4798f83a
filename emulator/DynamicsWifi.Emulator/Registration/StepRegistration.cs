using System;
using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Registration
{
    /// <summary>A plug-in step as the solution registers it (SdkMessageProcessingStep).</summary>
    internal sealed class StepRegistration
    {
        public StepRegistration(
            Guid id,
            string name,
            string pluginTypeName,
            string message,
            string primaryEntity,
            PipelineStage stage,
            StepMode mode,
            int rank,
            IReadOnlyList<string> filteringAttributes,
            string? unsecureConfiguration,
            Guid? impersonatingUserId,
            bool asyncAutoDelete,
            IReadOnlyList<ImageRegistration> images)
        {
            Id = id;
            Name = name;
            PluginTypeName = pluginTypeName;
            Message = message;
            PrimaryEntity = primaryEntity;
            Stage = stage;
            Mode = mode;
            Rank = rank;
            FilteringAttributes = filteringAttributes;
            UnsecureConfiguration = unsecureConfiguration;
            ImpersonatingUserId = impersonatingUserId;
            AsyncAutoDelete = asyncAutoDelete;
            Images = images;
        }

        public Guid Id { get; }

        public string Name { get; }

        /// <summary>The plug-in type's full name (namespace and class), without the assembly.</summary>
        public string PluginTypeName { get; }

        /// <summary>The message name: Create, Update, a custom API's unique name...</summary>
        public string Message { get; }

        /// <summary>The table's logical name; empty for a step on every table or on a message without one.</summary>
        public string PrimaryEntity { get; }

        public PipelineStage Stage { get; }

        public StepMode Mode { get; }

        /// <summary>Execution order within the stage, ascending.</summary>
        public int Rank { get; }

        /// <summary>For Update: the step runs only when one of these columns is in the Target; empty means any.</summary>
        public IReadOnlyList<string> FilteringAttributes { get; }

        public string? UnsecureConfiguration { get; }

        /// <summary>The user the step runs as; null runs it as the caller.</summary>
        public Guid? ImpersonatingUserId { get; }

        /// <summary>The user the step runs as, by name, as the export schema carries it (ImpersonatingUserIdName); ids of
        /// users differ between environments. Null when the step runs as the caller.</summary>
        public string? ImpersonatingUserName { get; init; }

        public bool AsyncAutoDelete { get; }

        public IReadOnlyList<ImageRegistration> Images { get; }
    }
}
