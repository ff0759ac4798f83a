using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata.Export;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Tests.Service;
using DynamicsWifi.SolutionFiles;

namespace DynamicsWifi.Emulator.Tests.Pipeline
{
    /// <summary>The test library solution with steps and custom APIs registered by the test, the plug-ins taken from this
    /// test assembly.</summary>
    internal static class PipelineEmulators
    {
        /// <summary>The test custom API cr_Echo: Text (required) and Count (optional) in, Echo and Length out, main plug-in
        /// EchoApiPlugin.</summary>
        public static readonly CustomApiDefinition Echo = new(
            "cr_Echo", 0, null, false, false, 2, null, typeof(Plugins.EchoApiPlugin).FullName,
            new[] { new CustomApiField("Text", CustomApiFieldType.String, null, false), new CustomApiField("Count", CustomApiFieldType.Integer, null, true) },
            new[] { new CustomApiField("Echo", CustomApiFieldType.String, null, false), new CustomApiField("Length", CustomApiFieldType.Integer, null, false) });

        public static DataverseEmulator Library(params StepRegistration[] steps) => Library(steps, Array.Empty<CustomApiDefinition>());

        public static DataverseEmulator Library(IReadOnlyList<StepRegistration> steps, IReadOnlyList<CustomApiDefinition> customApis, params SecurityRoleDefinition[] roles)
        {
            var solution = SolutionSource.Open(LibrarySolution.Path);
            var registrations = new SolutionRegistrations(
                new List<PluginTypeRegistration>(),
                steps,
                customApis,
                roles,
                new List<FieldSecurityProfileDefinition>());
            return DataverseEmulator.Start(solution, SolutionMetadataReader.Read(solution), registrations, typeof(PipelineEmulators).Assembly);
        }

        public static StepRegistration Step(
            string message,
            string table,
            PipelineStage stage,
            Type plugin,
            int rank = 1,
            StepMode mode = StepMode.Synchronous,
            string? configuration = null,
            string[]? filteringAttributes = null,
            params ImageRegistration[] images) =>
            new(Guid.NewGuid(), plugin.Name + " on " + message, plugin.FullName!, message, table, stage, mode, rank,
                filteringAttributes ?? Array.Empty<string>(), configuration, null, false, images);

        public static ImageRegistration PreImage(params string[] columns) => new("PreImage", ImageType.PreImage, "Target", columns);

        public static ImageRegistration PostImage(params string[] columns) => new("PostImage", ImageType.PostImage, "Target", columns);

        public static IEnumerable<string> LinesOf(DataverseEmulator emulator, string typeName) =>
            emulator.PluginTraces.Records.Where(record => record.TypeName.EndsWith(typeName, StringComparison.Ordinal)).SelectMany(record => record.Lines);
    }
}
