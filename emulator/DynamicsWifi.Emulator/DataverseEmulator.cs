using System;
using System.Reflection;
using DynamicsWifi.Emulator.AsyncQueue;
using DynamicsWifi.Emulator.Messages;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Metadata.Export;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Emulator.Pipeline;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Registration.Export;
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
        private readonly AsyncJobQueue _asyncJobs;

        private DataverseEmulator(MetadataCatalog catalog, SolutionRegistrations registrations, Assembly? pluginAssembly)
        {
            Func<DateTime> clock = () => DateTime.UtcNow;
            var database = new Database(catalog);
            var handlers = new IMessageHandler[]
            {
                new CreateHandler(), new RetrieveHandler(), new UpdateHandler(), new DeleteHandler(), new RetrieveMultipleHandler(),
                new UpsertHandler(), new CreateMultipleHandler(), new UpdateMultipleHandler(), new RetrieveEnvironmentVariableSecretValueHandler(),
            };
            RequestRunner? runner = null;
            var steps = new StepRunner(new PluginInstances(pluginAssembly), PluginTraces, (scope, depth, context) => new PluginServiceFactory(runner!, scope, depth, context));
            var pipeline = new RequestPipeline(catalog, handlers, registrations, steps, clock, _ => UnrestrictedAccess.Instance);
            _asyncJobs = new AsyncJobQueue(new SystemJobs(database, clock), clock);
            runner = new RequestRunner(database, pipeline, Requests, _asyncJobs.Committed);
            _asyncJobs.Connect(steps, runner);
            _runner = runner;
        }

        /// <summary>The System Administrator every organization starts with.</summary>
        public Guid SystemAdministratorId => OrganizationSeed.AdministratorId;

        /// <summary>Every request since the log was last cleared: its service calls (nested ones included), rows read
        /// and written.</summary>
        public RequestLog Requests { get; } = new RequestLog();

        /// <summary>Every plug-in execution since the log was last cleared, with its trace lines (the Plug-in Trace Log).</summary>
        public PluginTraceLog PluginTraces { get; } = new PluginTraceLog();

        /// <summary>Loads a solution folder in the exported-zip layout, or the zip itself.</summary>
        public static DataverseEmulator FromSolution(string solutionFolderOrZip, Assembly pluginAssembly)
        {
            var solution = SolutionSource.Open(solutionFolderOrZip);
            return Start(solution, SolutionMetadataReader.Read(solution), RegistrationReader.Read(solution), pluginAssembly);
        }

        /// <summary>A new organization with the given tables and registrations, seeded as Dataverse seeds one.</summary>
        internal static DataverseEmulator Start(SolutionSource solution, MetadataCatalog catalog, SolutionRegistrations registrations, Assembly? pluginAssembly)
        {
            var emulator = new DataverseEmulator(catalog, registrations, pluginAssembly);
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

        /// <summary>Runs the queued asynchronous steps (and those they queue) until none is left, as the asynchronous
        /// service would; returns how many executions ran, retries included. Outcomes are asyncoperation rows.</summary>
        public int RunAsyncJobs() => _asyncJobs.RunAll();

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
