using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.AsyncQueue;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Messages;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Security;
using DynamicsWifi.Emulator.Seeding;
using DynamicsWifi.Emulator.Store;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>Runs one message through Dataverse's stages (learn.microsoft.com/power-apps/developer/data-platform/event-framework):
    /// pre-validation (10), pre-operation (20), the main operation (30: the platform's handler, or a custom API's
    /// plug-in), post-operation (40), then records the asynchronous steps, which become ready when the transaction
    /// commits. An operation sent inside an open transaction (by a plug-in running in one) joins it from pre-validation
    /// on; any other begins its own after pre-validation, whose steps run outside any transaction, and commits it at the
    /// end (learn.microsoft.com/power-apps/developer/data-platform/scalable-customization-design/database-transactions).
    /// Any failure ends the whole transaction, even when a plug-in catches it (DATAVERSE-FACTS.md 2.2); a call deeper
    /// than 8 is taken for a loop (2.3).</summary>
    internal sealed class RequestPipeline
    {
        public const int MaxDepth = 8;

        private readonly Database _database;
        private readonly MetadataCatalog _catalog;
        private readonly IReadOnlyDictionary<string, IMessageHandler> _handlers;
        private readonly IReadOnlyDictionary<string, CustomApiDefinition> _customApis;
        private readonly IReadOnlyDictionary<string, Guid> _mainOperationStepIds;
        private readonly StepCatalog _steps;
        private readonly StepRunner _runner;
        private readonly AsyncJobQueue _asyncJobs;
        private readonly Func<DateTime> _clock;
        private readonly Func<Guid, IAccessControl> _accessOf;

        public RequestPipeline(
            Database database,
            MetadataCatalog catalog,
            IEnumerable<IMessageHandler> handlers,
            SolutionRegistrations registrations,
            StepRunner runner,
            AsyncJobQueue asyncJobs,
            Func<DateTime> clock,
            Func<Guid, IAccessControl> accessOf)
        {
            _database = database;
            _catalog = catalog;
            _handlers = handlers.ToDictionary(handler => handler.MessageName, StringComparer.Ordinal);
            _customApis = registrations.CustomApis.ToDictionary(api => api.UniqueName, StringComparer.OrdinalIgnoreCase);
            _mainOperationStepIds = registrations.CustomApis.ToDictionary(api => api.UniqueName, CustomApiCall.MainOperationStepId, StringComparer.OrdinalIgnoreCase);
            _steps = new StepCatalog(registrations.Steps);
            _runner = runner;
            _asyncJobs = asyncJobs;
            _clock = clock;
            _accessOf = accessOf;
        }

        /// <summary>One message through every stage, in the call's transaction or, when it has none, in one of its own
        /// begun after pre-validation.</summary>
        public OrganizationResponse Execute(OrganizationRequest request, Call call)
        {
            try
            {
                if (call.Depth > MaxDepth)
                {
                    throw DataverseFaults.DepthLimit();
                }

                var access = call.HasPlatformRights ? UnrestrictedAccess.Instance : _accessOf(call.CallerId);
                var api = CustomApiOf(request);
                if (api != null)
                {
                    // Refused before any plug-in runs.
                    CustomApiCall.ValidateRequest(api, request);
                    if (!string.IsNullOrEmpty(api.ExecutePrivilegeName))
                    {
                        access.EnsureHolds(api.ExecutePrivilegeName!);
                    }
                }

                var operation = new Operation(request, TableOf(request), call, _clock()) { PrimaryId = OperationTarget.IdOf(request) };
                var steps = new OperationSteps(_steps, operation);
                var mustExist = steps.AnySynchronous && OperationTarget.MustExist(request);
                if (steps.PreValidationNeedsPreImage || mustExist)
                {
                    operation.Before = ReadBefore(operation, access);
                }

                if (mustExist)
                {
                    // Dataverse reads the row an Update or Delete addresses before any step (it gathers the images from
                    // it): a missing row is reported first, and no step runs without its pre-image.
                    OperationTarget.RequireFound(operation);
                }

                RunSteps(operation, steps.PreValidation, PipelineStage.PreValidation, call.Transaction);
                return call.Transaction != null
                    ? RunInTransaction(operation, steps, api, access, call.Transaction)
                    : InNewTransaction(call, begun => RunInTransaction(operation, steps, api, access, begun.Transaction!));
            }
            catch (Exception failure)
            {
                call.Transaction?.Doom(failure);
                throw;
            }
        }

        /// <summary>Runs <paramref name="work"/> in a new transaction: committed when it returns, unless a failure it
        /// caught already ended the transaction (IsvTransactionCount, DATAVERSE-FACTS.md 2.2); rolled back when it throws.
        /// Asynchronous jobs it recorded become ready at the commit.</summary>
        public T InNewTransaction<T>(Call call, Func<Call, T> work)
        {
            var transaction = _database.Begin();
            try
            {
                var result = work(call.In(transaction));
                if (transaction.IsDoomed)
                {
                    throw DataverseFaults.IsvTransactionCount();
                }

                transaction.Commit();
                return result;
            }
            catch
            {
                transaction.Rollback();
                throw;
            }
            finally
            {
                call.Request.Count(transaction);
            }
        }

        /// <summary>An asynchronous job's step, with the context captured at its operation, outside any transaction: each
        /// service call its plug-in makes commits on its own.</summary>
        public void RunAsyncJob(AsyncJob job, Call call) => _runner.Run(job.Step, job.Context, call.In(null));

        /// <summary>The table a request addresses, for the request log; empty when it addresses none.</summary>
        public string TableOf(OrganizationRequest request)
        {
            var api = CustomApiOf(request);
            if (api != null)
            {
                return api.BoundEntityLogicalName ?? string.Empty;
            }

            return _handlers.TryGetValue(request.RequestName ?? string.Empty, out var handler) ? handler.TableOf(request) : string.Empty;
        }

        /// <summary>Stages 20 to 40 and the asynchronous steps, in the operation's transaction.</summary>
        private OrganizationResponse RunInTransaction(Operation operation, OperationSteps steps, CustomApiDefinition? api, IAccessControl access, Transaction transaction)
        {
            var messages = MessagesFor(operation, transaction, access);
            if (steps.LaterStagesNeedPreImage)
            {
                operation.Before = OperationTarget.Find(messages, operation);
            }

            RunSteps(operation, steps.PreOperation, PipelineStage.PreOperation, transaction);

            var response = api != null ? RunCustomApi(api, operation, transaction) : HandlerFor(operation.Request).Handle(operation.Request, messages);
            response.ResponseName ??= operation.Request.RequestName;
            operation.OutputParameters = response.Results;
            if (response.Results.TryGetValue("id", out var createdId) && createdId is Guid id)
            {
                operation.PrimaryId = id;
            }

            if (operation.BulkHalf != null)
            {
                operation.BulkHalfOutputs = MergedMessages.OutputsOf(operation.BulkHalf, response.Results);
            }

            if (steps.NeedsPostImage)
            {
                operation.After = OperationTarget.FindAfter(messages, operation, transaction);
            }

            RunSteps(operation, steps.PostOperation, PipelineStage.PostOperation, transaction);
            var platform = MessageContext.ForPlatform(transaction, _catalog, OrganizationSeed.SystemUserId, operation.CreatedOn);
            foreach (var step in steps.Asynchronous)
            {
                var context = Context(operation, step, PipelineStage.PostOperation, StepMode.Asynchronous, transaction);
                // An asynchronous step's OperationId is its System Job's id (learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iexecutioncontext.operationid),
                // chosen before the context is written into that row so a job resumed after a restart carries it too.
                context.OperationId = Guid.NewGuid();
                var job = new AsyncJob(step.Registration, context, JobContextJson.Write(context)) { SystemJobId = context.OperationId };
                _asyncJobs.Record(job, platform);
            }

            return response;
        }

        private void RunSteps(Operation operation, IReadOnlyList<OperationStep> steps, PipelineStage stage, Transaction? transaction)
        {
            foreach (var step in steps)
            {
                _runner.Run(step.Registration, Context(operation, step, stage, StepMode.Synchronous, transaction), operation.Call.In(transaction));
            }
        }

        /// <summary>The custom API's main operation: its plug-in at stage 30 (none for a business event), then the
        /// response built from the output parameters it set.</summary>
        private OrganizationResponse RunCustomApi(CustomApiDefinition api, Operation operation, Transaction transaction)
        {
            if (api.PluginTypeName != null)
            {
                var mainStepId = _mainOperationStepIds[api.UniqueName];
                var context = ContextFactory.For(
                    operation, mainStepId, PipelineStage.MainOperation, StepMode.Synchronous, null, BusinessUnitOf(transaction, operation.CallerId), isInTransaction: true);
                _runner.Run(mainStepId, api.PluginTypeName, null, context, operation.Call.In(transaction));
            }

            return CustomApiCall.Response(api, operation.OutputParameters);
        }

        /// <param name="transaction">The transaction the operation is in at that stage; null before one is begun.</param>
        private PluginExecutionContext Context(Operation operation, OperationStep step, PipelineStage stage, StepMode mode, Transaction? transaction)
        {
            var runAs = step.Registration.ImpersonatingUserId ?? operation.CallerId;
            return ContextFactory.For(
                operation,
                step.Registration.Id,
                stage,
                mode,
                runAs,
                BusinessUnitOf(transaction, runAs),
                isInTransaction: transaction != null && mode == StepMode.Synchronous,
                step.OnBulkHalf,
                EntityImages.Pre(step.Registration, operation),
                EntityImages.Post(step.Registration, operation, stage));
        }

        /// <summary>What a handler of this operation works with; further messages it sends run as <see cref="Dispatch"/>
        /// says, with this operation as their parent.</summary>
        private MessageContext MessagesFor(Operation operation, Transaction transaction, IAccessControl access) => new(
            transaction,
            _catalog,
            operation.CallerId,
            access,
            operation.CreatedOn,
            (inner, dispatch) => Execute(OptionalParameters.CarriedInto(operation.Request, inner), CallFor(operation, transaction, dispatch)),
            operation.Depth,
            operation.Call.HasPlatformRights);

        private static Call CallFor(Operation operation, Transaction transaction, Dispatch dispatch) => dispatch == Dispatch.Separate
            ? operation.Call.CarryingOut(operation.Request, ContextFactory.MainOperationView(operation), operation.Call.Transaction, operation.Call.HasPlatformRights)
            : operation.Call.CarryingOut(operation.Request, ContextFactory.MainOperationView(operation), transaction, dispatch == Dispatch.JoinedWithPlatformRights);

        /// <summary>The rows before the operation as pre-validation sees them: in the transaction the call joins, or as
        /// committed when none is open.</summary>
        private IReadOnlyList<Row?> ReadBefore(Operation operation, IAccessControl access)
        {
            if (operation.Call.Transaction != null)
            {
                return OperationTarget.Find(MessagesFor(operation, operation.Call.Transaction, access), operation);
            }

            using var read = _database.Begin();
            try
            {
                return OperationTarget.Find(MessagesFor(operation, read, access), operation);
            }
            finally
            {
                read.Rollback();
                operation.Scope.Count(read);
            }
        }

        // Read where the step runs: the transaction sees a user it created itself; before one, the committed rows.
        private Guid BusinessUnitOf(Transaction? transaction, Guid userId) =>
            BusinessUnits.Of((IRowSource?)transaction ?? _database.Store, new EntityReference("systemuser", userId)) ?? Guid.Empty;

        private CustomApiDefinition? CustomApiOf(OrganizationRequest request) =>
            _customApis.TryGetValue(request.RequestName ?? string.Empty, out var api) ? api : null;

        private IMessageHandler HandlerFor(OrganizationRequest request) =>
            _handlers.TryGetValue(request.RequestName ?? string.Empty, out var handler)
                ? handler
                : throw DataverseFaults.MessageNotFound(request.RequestName ?? string.Empty);
    }
}
