using System;
using System.Reflection;
using System.Collections.Generic;
using DynamicsWifi.Emulator.AsyncQueue;
using DynamicsWifi.Emulator.Journal;
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
using DynamicsWifi.Emulator.Views;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator
{
    /// <summary>An in-memory Dataverse organization loaded from a solution (DESIGN.md 6): its tables, keys and
    /// relationships, plug-in steps, custom APIs and security roles from the solution's own files, reached through
    /// IOrganizationService as in Dataverse.</summary>
    public sealed class DataverseEmulator
    {
        private readonly RequestRunner _runner;
        private readonly AsyncJobQueue _asyncJobs;
        private readonly OrganizationSecurity _security;

        private readonly Database _database;

        private DataverseEmulator(MetadataCatalog catalog, SolutionRegistrations registrations, Assembly? pluginAssembly, ICommitJournal? journal)
        {
            Func<DateTime> clock = () => DateTime.UtcNow;
            var database = new Database(catalog, committing: journal == null ? null : writes => journal.Write(CommittedRows.From(writes)));
            _database = database;
            var handlers = new IMessageHandler[]
            {
                new CreateHandler(), new RetrieveHandler(), new UpdateHandler(), new DeleteHandler(), new RetrieveMultipleHandler(),
                new UpsertHandler(), new CreateMultipleHandler(), new UpdateMultipleHandler(), new RetrieveEnvironmentVariableSecretValueHandler(),
            };
            _security = new OrganizationSecurity(catalog, database.Store, OrganizationSeed.SystemUserId, registrations.Roles, registrations.FieldSecurityProfiles);
            RequestRunner? runner = null;
            var steps = new StepRunner(new PluginInstances(pluginAssembly), PluginTraces, (scope, depth, context) => new PluginServiceFactory(runner!, scope, depth, context));
            var pipeline = new RequestPipeline(catalog, handlers, registrations, steps, clock, _security.AccessOf);
            _asyncJobs = new AsyncJobQueue(new SystemJobs(database, clock), clock);
            runner = new RequestRunner(database, pipeline, Requests, _asyncJobs.Committed);
            _asyncJobs.Connect(steps, runner);
            _runner = runner;
            Metadata = MetadataViewReader.Read(catalog, registrations);
        }

        /// <summary>The organization's id, as WhoAmI reports it; fixed, as an environment's is.</summary>
        public Guid OrganizationId { get; } = new("7e0f3c49-2b0e-4d44-9a4e-1b8f1d9a0000");

        /// <summary>What was loaded, read-only: tables (entity set names, columns, keys), relationships, custom APIs with
        /// their typed parameters and properties, and role names. For clients that need the organization's shape besides
        /// IOrganizationService, as the Web API host does for its routes and $metadata.</summary>
        public MetadataView Metadata { get; }

        /// <summary>The System Administrator every organization starts with.</summary>
        public Guid SystemAdministratorId => OrganizationSeed.AdministratorId;

        /// <summary>Every request since the log was last cleared: its service calls (nested ones included), rows read
        /// and written.</summary>
        public RequestLog Requests { get; } = new RequestLog();

        /// <summary>Every plug-in execution since the log was last cleared, with its trace lines (the Plug-in Trace Log).</summary>
        public PluginTraceLog PluginTraces { get; } = new PluginTraceLog();

        /// <summary>Loads a solution folder in the exported-zip layout, or the zip itself: its tables and its
        /// registrations (steps, custom APIs, roles, field security profiles).</summary>
        public static DataverseEmulator FromSolution(string solutionFolderOrZip, Assembly pluginAssembly)
        {
            var solution = SolutionSource.Open(solutionFolderOrZip);
            return Start(solution, SolutionMetadataReader.Read(solution), RegistrationReader.Read(solution), pluginAssembly);
        }

        /// <summary>Loads a solution as <see cref="FromSolution(string, Assembly)"/> does, but with the rows a journal kept
        /// (none: a new organization, seeded) as its committed state, and tells <paramref name="journal"/> every commit
        /// from then on, seeding included. Rows are taken as stored: no plug-in runs for them.</summary>
        public static DataverseEmulator FromSolution(string solutionFolderOrZip, Assembly pluginAssembly, IReadOnlyCollection<CommittedRow> storedRows, ICommitJournal journal)
        {
            var solution = SolutionSource.Open(solutionFolderOrZip);
            return Start(solution, SolutionMetadataReader.Read(solution), RegistrationReader.Read(solution), pluginAssembly, storedRows, journal);
        }

        /// <summary>Loads a solution's tables with the registrations given instead of the solution's own.</summary>
        internal static DataverseEmulator FromSolution(string solutionFolderOrZip, Assembly? pluginAssembly, SolutionRegistrations registrations)
        {
            var solution = SolutionSource.Open(solutionFolderOrZip);
            return Start(solution, SolutionMetadataReader.Read(solution), registrations, pluginAssembly);
        }

        /// <summary>A new organization with the given tables and registrations, seeded as Dataverse seeds one: the root
        /// business unit, SYSTEM, a System Administrator holding that role, the roles and the environment variables.</summary>
        internal static DataverseEmulator Start(
            SolutionSource solution,
            MetadataCatalog catalog,
            SolutionRegistrations registrations,
            Assembly? pluginAssembly,
            IReadOnlyCollection<CommittedRow>? storedRows = null,
            ICommitJournal? journal = null)
        {
            var emulator = new DataverseEmulator(catalog, registrations, pluginAssembly, journal);
            if (storedRows is { Count: > 0 })
            {
                CommittedRows.Restore(emulator._database, storedRows);
                return emulator;
            }

            var system = emulator.CreateOrganizationService(null);
            OrganizationSeed.Apply(system);
            emulator._security.CreateRoleRows(system, OrganizationSeed.RootBusinessUnitId);
            emulator._runner.InTransaction(OrganizationSeed.SystemUserId, scope =>
            {
                OrganizationSecurity.Assign(scope.Transaction, OrganizationSeed.AdministratorId, new[] { OrganizationSecurity.SystemAdministratorRoleId });
                return 0;
            });
            EnvironmentVariableSeed.Apply(solution, system);
            emulator.Requests.Clear();
            return emulator;
        }

        /// <summary>A new enabled user in the root business unit holding the named security roles (the solution's, or
        /// "System Administrator").</summary>
        public Guid CreateUser(string name, params string[] roleNames) =>
            CreateUserWithRoles(OrganizationSeed.User(Guid.NewGuid(), name), roleNames);

        /// <summary>A new application user (a systemuser with applicationid set, non-interactive, as Dataverse creates for
        /// an app registration) holding the named security roles.</summary>
        public Guid CreateApplicationUser(string name, Guid applicationId, params string[] roleNames)
        {
            var user = OrganizationSeed.User(Guid.NewGuid(), name);
            user["applicationid"] = applicationId;
            user["accessmode"] = new OptionSetValue(4);
            return CreateUserWithRoles(user, roleNames);
        }

        /// <summary>Makes the user a member of a field security profile the solution ships, so the secured columns it
        /// grants become readable or writable for them.</summary>
        public void AddToFieldSecurityProfile(Guid userId, string profileName) => _security.AddToFieldSecurityProfile(userId, profileName);

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

        private Guid CreateUserWithRoles(Entity user, string[]? roleNames)
        {
            var roleIds = _security.RoleIdsNamed(roleNames ?? Array.Empty<string>());
            return _runner.InTransaction(OrganizationSeed.SystemUserId, scope =>
            {
                var id = new EmulatedOrganizationService(_runner, OrganizationSeed.SystemUserId, scope).Create(user);
                OrganizationSecurity.Assign(scope.Transaction, id, roleIds);
                return id;
            });
        }
    }
}
