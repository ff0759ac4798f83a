using System;
using System.Collections.Generic;
using System.Reflection;
using DynamicsWifi.Emulator.AsyncQueue;
using DynamicsWifi.Emulator.Journaling;
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
using DynamicsWifi.SolutionFiles;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator
{
    /// <summary>An in-memory Dataverse organization loaded from a solution (DESIGN.md 6): its tables, keys and
    /// relationships, plug-in steps, custom APIs and security roles from the solution's own files, reached through
    /// IOrganizationService as in Dataverse.</summary>
    public sealed class DataverseEmulator
    {
        private readonly MetadataCatalog _catalog;
        private readonly Func<DateTime> _clock = () => DateTime.UtcNow;
        private readonly RequestRunner _runner;
        private readonly AsyncJobRunner _asyncJobs;
        private readonly AsyncJobQueue _asyncQueue;
        private readonly OrganizationSecurity _security;

        private readonly Database _database;

        // The request path, built bottom up; data flows one way (STYLE.md 3.4): RequestRunner (the top) -> RequestPipeline
        // -> message handlers -> RowWriter -> Transaction -> DataStore. Plug-ins come back in at the top through the one
        // Entrance delegate; the queue only records jobs, and AsyncJobRunner sends each in from the top. A commit journal,
        // when given, hears every transaction's rows as it commits.
        private DataverseEmulator(MetadataCatalog catalog, SolutionRegistrations registrations, Assembly? pluginAssembly, ICommitJournal? journal)
        {
            _catalog = catalog;
            var database = new Database(catalog, committing: journal == null ? null : writes => journal.Write(CommittedRows.From(writes)));
            _database = database;
            _security = new OrganizationSecurity(catalog, database.Store, OrganizationSeed.SystemUserId, registrations.Roles, registrations.FieldSecurityProfiles);
            var queue = _asyncQueue = new AsyncJobQueue(database, catalog, _clock);
            RequestRunner? top = null;
            var steps = new StepRunner(new PluginInstances(pluginAssembly), PluginTraces, (request, call) => top!.Enter(request, call));
            var pipeline = new RequestPipeline(database, catalog, MessageHandlers.All(), registrations, steps, queue, _clock, _security.AccessOf);
            _runner = top = new RequestRunner(pipeline, Requests);
            _asyncJobs = new AsyncJobRunner(_runner, queue);
            Metadata = MetadataViewReader.Read(catalog, registrations);
        }

        /// <summary>The organization's id, as WhoAmI and every plug-in's context report it; fixed, as an environment's is.</summary>
        public Guid OrganizationId => OrganizationSeed.OrganizationId;

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

        /// <summary>What loading the solution left out or could not check, each with its reason: columns and
        /// relationships the emulator does not model, steps on standard tables it does not model, webhook steps, ...
        /// A solution Dataverse would refuse to import is refused at load instead, naming the component.</summary>
        public IReadOnlyList<string> LoadNotes { get; private set; } = Array.Empty<string>();

        /// <summary>Loads a solution folder in the exported-zip layout, or the zip itself: its tables and its
        /// registrations (steps, custom APIs, roles, field security profiles), in an organization whose base language
        /// is English (case- and accent-insensitive text).</summary>
        public static DataverseEmulator FromSolution(string solutionFolderOrZip, Assembly pluginAssembly) =>
            FromSolution(solutionFolderOrZip, pluginAssembly, TextCollation.CaseAndAccentInsensitive);

        /// <summary>Loads a solution as <see cref="FromSolution(string, Assembly)"/> does, into an organization whose base
        /// language gives another text collation (Finnish or Swedish: <see cref="TextCollation.CaseInsensitiveAccentSensitive"/>).</summary>
        public static DataverseEmulator FromSolution(string solutionFolderOrZip, Assembly pluginAssembly, TextCollation collation)
        {
            var solution = SolutionSource.Open(solutionFolderOrZip);
            var notes = new List<string>();
            var catalog = SolutionMetadataReader.Read(solution, notes).WithCollation(collation);
            var emulator = Start(solution, catalog, RegistrationReader.Read(solution, catalog, notes), pluginAssembly);
            emulator.LoadNotes = notes.AsReadOnly();
            return emulator;
        }

        /// <summary>Loads a solution as <see cref="FromSolution(string, Assembly)"/> does, but with the rows a journal kept
        /// (none: a new organization, seeded) as its committed state, and tells <paramref name="journal"/> every commit
        /// from then on, seeding included. Rows are taken as stored: no plug-in runs for them. Asynchronous jobs travel
        /// with the rows: a job is its System Job (asyncoperation) row, written in the transaction that queued it with its
        /// captured context in the data column, so the journal keeps it with that commit; those still waiting in
        /// <paramref name="storedRows"/> are ready again for <see cref="RunAsyncJobs"/> (a job whose step is no longer
        /// registered is canceled, saying so).</summary>
        public static DataverseEmulator FromSolution(string solutionFolderOrZip, Assembly pluginAssembly, IReadOnlyCollection<CommittedRow> storedRows, ICommitJournal journal)
        {
            var solution = SolutionSource.Open(solutionFolderOrZip);
            var notes = new List<string>();
            var catalog = SolutionMetadataReader.Read(solution, notes).WithCollation(TextCollation.CaseAndAccentInsensitive);
            var emulator = Start(solution, catalog, RegistrationReader.Read(solution, catalog, notes), pluginAssembly, storedRows, journal);
            emulator.LoadNotes = notes.AsReadOnly();
            return emulator;
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
                emulator._asyncQueue.Resume(registrations.Steps, JobContextJson.Read);
                return emulator;
            }

            var system = emulator.CreateOrganizationService(null);
            OrganizationSeed.Apply(system);
            emulator._security.CreateRoleRows(system, OrganizationSeed.RootBusinessUnitId);
            emulator._runner.InTransaction(OrganizationSeed.SystemUserId, call =>
            {
                RoleAssignments.Assign(emulator.Platform(call), OrganizationSeed.AdministratorId, new[] { OrganizationSecurity.SystemAdministratorRoleId });
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
        public IOrganizationService CreateOrganizationService(Guid? userId)
        {
            var callerId = userId ?? OrganizationSeed.SystemUserId;
            return new DelegatingOrganizationService(request => _runner.Execute(request, callerId));
        }

        /// <summary>Sets the current value of an environment variable the solution defines (as the maker portal does).</summary>
        public void SetEnvironmentVariable(string schemaName, string value) =>
            EnvironmentVariableValues.Set(CreateOrganizationService(null), schemaName, value);

        /// <summary>Runs the queued asynchronous steps (and those they queue) until none is left, as the asynchronous
        /// service would; returns how many executions ran, retries included. Outcomes are asyncoperation rows.</summary>
        public int RunAsyncJobs() => _asyncJobs.RunAll();

        /// <summary>Runs <paramref name="work"/> as one Dataverse transaction, as a plug-in's calls run inside their
        /// request's: all of it commits or none of it does, and a failed call ends the transaction even when caught.</summary>
        public void ExecuteInTransaction(Guid userId, Action<IOrganizationService> work) =>
            _runner.InTransaction(userId, call =>
            {
                work(_runner.ServiceFor(call));
                return 0;
            });

        private Guid CreateUserWithRoles(Entity user, string[]? roleNames)
        {
            var roleIds = _security.RoleIdsNamed(roleNames ?? Array.Empty<string>());
            return _runner.InTransaction(OrganizationSeed.SystemUserId, call =>
            {
                var id = _runner.ServiceFor(call).Create(user);
                RoleAssignments.Assign(Platform(call), id, roleIds);
                return id;
            });
        }

        // The platform's own writes (role assignments) in the transaction of the call, as SYSTEM.
        private MessageContext Platform(Call call) => MessageContext.ForPlatform(call.Transaction!, _catalog, OrganizationSeed.SystemUserId, _clock());
    }
}
