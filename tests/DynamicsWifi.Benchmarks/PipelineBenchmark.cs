using System;
using System.Globalization;
using DynamicsWifi.Emulator;
using DynamicsWifi.Emulator.Metadata.Export;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.SolutionFiles;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Benchmarks
{
    /// <summary>What the pipeline costs: contacts created with no step, and with one no-op synchronous step registered on
    /// Create; and custom API calls per second.</summary>
    internal sealed class PipelineBenchmark
    {
        private const int Operations = 2_000;

        private readonly string _solution;

        public PipelineBenchmark(string solution)
        {
            _solution = solution;
        }

        public string Run()
        {
            var none = PerSecond(Emulator(), (service, i) => service.Create(Contact(i)));
            var noOp = PerSecond(
                Emulator(new StepRegistration(Guid.NewGuid(), "no-op", typeof(NoOpPlugin).FullName!, "Create", "contact", PipelineStage.PreOperation,
                    StepMode.Synchronous, 1, Array.Empty<string>(), null, null, false, Array.Empty<ImageRegistration>())),
                (service, i) => service.Create(Contact(i)));
            var api = PerSecond(Emulator(), (service, i) => service.Execute(new OrganizationRequest("cr_BenchEcho") { ["Text"] = "hello" }));

            return string.Format(
                CultureInfo.InvariantCulture,
                "Create, no step: {0:N0}/s ({1:N1} µs each); with one no-op sync step: {2:N0}/s ({3:N1} µs each), so the step costs {4:N1} µs; custom API calls: {5:N0}/s",
                none, 1e6 / none, noOp, 1e6 / noOp, 1e6 / noOp - 1e6 / none, api);
        }

        private DataverseEmulator Emulator(params StepRegistration[] steps)
        {
            var solution = SolutionSource.Open(_solution);
            var echo = new CustomApiDefinition("cr_BenchEcho", 0, null, false, false, 2, null, typeof(EchoPlugin).FullName,
                new[] { new CustomApiField("Text", CustomApiFieldType.String, null, false) },
                new[] { new CustomApiField("Echo", CustomApiFieldType.String, null, false) });
            var registrations = new SolutionRegistrations(
                Array.Empty<PluginTypeRegistration>(), steps, new[] { echo }, Array.Empty<SecurityRoleDefinition>(), Array.Empty<FieldSecurityProfileDefinition>());
            return DataverseEmulator.Start(solution, SolutionMetadataReader.Read(solution), registrations, typeof(PipelineBenchmark).Assembly);
        }

        private static Entity Contact(int i) => new("contact") { ["lastname"] = "Guest " + i };

        private static double PerSecond(DataverseEmulator emulator, Action<IOrganizationService, int> operation)
        {
            var service = emulator.CreateOrganizationService(null);
            return Throughput.PerSecond(Operations, i => operation(service, i));
        }
    }
}
