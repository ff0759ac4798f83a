using System;
using System.Reflection;
using DynamicsWifi.Emulator.Messages;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Metadata.Export;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Emulator.Pipeline;
using DynamicsWifi.Emulator.Registration;
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
        private readonly OrganizationSecurity _security;

        private DataverseEmulator(MetadataCatalog catalog, SolutionRegistrations registrations, Assembly? pluginAssembly)
        {
            PluginAssembly = pluginAssembly;
            var handlers = new IMessageHandler[]
            {
                new CreateHandler(), new RetrieveHandler(), new UpdateHandler(), new DeleteHandler(), new RetrieveMultipleHandler(),
                new UpsertHandler(), new CreateMultipleHandler(), new UpdateMultipleHandler(),
            };
            var database = new Database(catalog);
            _security = new OrganizationSecurity(catalog, database.Store, OrganizationSeed.SystemUserId, registrations.Roles, registrations.FieldSecurityProfiles);
            _runner = new RequestRunner(database, new RequestPipeline(catalog, handlers, () => DateTime.UtcNow, _security.AccessOf), Requests);
        }

        /// <summary>The System Administrator every organization starts with.</summary>
        public Guid SystemAdministratorId => OrganizationSeed.AdministratorId;

        /// <summary>Every request since the log was last cleared: its service calls (nested ones included), rows read
        /// and written.</summary>
        public RequestLog Requests { get; } = new RequestLog();

        /// <summary>The plug-in assembly the solution's steps and custom APIs name (run by the pipeline).</summary>
        internal Assembly? PluginAssembly { get; }

        /// <summary>Loads a solution folder in the exported-zip layout, or the zip itself.</summary>
        public static DataverseEmulator FromSolution(string solutionFolderOrZip, Assembly pluginAssembly) =>
            FromSolution(solutionFolderOrZip, pluginAssembly, SolutionRegistrations.None);

        /// <summary>Loads a solution with the registrations (roles, field security profiles, ...) given.</summary>
        internal static DataverseEmulator FromSolution(string solutionFolderOrZip, Assembly? pluginAssembly, SolutionRegistrations registrations)
        {
            var solution = SolutionSource.Open(solutionFolderOrZip);
            var emulator = new DataverseEmulator(SolutionMetadataReader.Read(solution), registrations, pluginAssembly);
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

        /// <summary>A new enabled user in the root business unit holding the named security roles ("System
        /// Administrator" or a role the solution ships); ArgumentException names a role that does not exist.</summary>
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
