using System;
using System.Reflection;
using DynamicsWifi.Emulator.Messages;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Metadata.Export;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Emulator.Pipeline;
using DynamicsWifi.Emulator.Security;
using DynamicsWifi.Emulator.Seeding;
using DynamicsWifi.Emulator.Service;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator
{
    /// <summary>An in-memory Dataverse organization loaded from a solution (DESIGN.md 6): its tables, keys and
    /// relationships from the solution's own files, reached through IOrganizationService as in Dataverse.</summary>
    public sealed class DataverseEmulator
    {
        private readonly RequestRunner _runner;

        private DataverseEmulator(MetadataCatalog catalog, Assembly? pluginAssembly)
        {
            PluginAssembly = pluginAssembly;
            var handlers = new IMessageHandler[]
            {
                new CreateHandler(), new RetrieveHandler(), new UpdateHandler(), new DeleteHandler(), new RetrieveMultipleHandler(),
                new UpsertHandler(), new CreateMultipleHandler(), new UpdateMultipleHandler(),
            };
            _runner = new RequestRunner(new Database(catalog), new RequestPipeline(catalog, handlers, () => DateTime.UtcNow, _ => UnrestrictedAccess.Instance), Requests);
        }

        /// <summary>The System Administrator every organization starts with.</summary>
        public Guid SystemAdministratorId => OrganizationSeed.AdministratorId;

        /// <summary>Every request since the log was last cleared: its service calls (nested ones included), rows read
        /// and written.</summary>
        public RequestLog Requests { get; } = new RequestLog();

        /// <summary>The plug-in assembly the solution's steps and custom APIs name (run by the pipeline).</summary>
        internal Assembly? PluginAssembly { get; }

        /// <summary>Loads a solution folder in the exported-zip layout, or the zip itself.</summary>
        public static DataverseEmulator FromSolution(string solutionFolderOrZip, Assembly pluginAssembly)
        {
            var solution = SolutionSource.Open(solutionFolderOrZip);
            var emulator = new DataverseEmulator(SolutionMetadataReader.Read(solution), pluginAssembly);
            var system = emulator.CreateOrganizationService(null);
            OrganizationSeed.Apply(system);
            EnvironmentVariableSeed.Apply(solution, system);
            emulator.Requests.Clear();
            return emulator;
        }

        /// <summary>A new enabled user in the root business unit. Security roles are not emulated yet: naming any fails.</summary>
        public Guid CreateUser(string name, params string[] roleNames)
        {
            if (roleNames != null && roleNames.Length > 0)
            {
                throw new NotSupportedException("Security roles are not emulated yet; create the user without roles. See emulator/README.md.");
            }

            return CreateOrganizationService(null).Create(OrganizationSeed.User(Guid.NewGuid(), name));
        }

        /// <summary>A service acting as the user; null acts as SYSTEM, as IOrganizationServiceFactory does in Dataverse.</summary>
        public IOrganizationService CreateOrganizationService(Guid? userId) =>
            new EmulatedOrganizationService(_runner, userId ?? OrganizationSeed.SystemUserId);

        /// <summary>Sets the current value of an environment variable the solution defines (as the maker portal does).</summary>
        public void SetEnvironmentVariable(string schemaName, string value) =>
            EnvironmentVariableValues.Set(CreateOrganizationService(null), schemaName, value);

        /// <summary>Runs <paramref name="work"/> as one Dataverse transaction, as a plug-in's calls run inside their
        /// request's: all of it commits or none of it does, and a failed call ends the transaction even when caught.</summary>
        public void ExecuteInTransaction(Guid userId, Action<IOrganizationService> work) =>
            _runner.InTransaction(userId, scope =>
            {
                work(new EmulatedOrganizationService(_runner, userId, scope));
                return 0;
            });
    }
}
