using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.AsyncQueue;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Messages;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Security;
using DynamicsWifi.Emulator.Service;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>Runs one message through Dataverse's stages inside its request's transaction
    /// (learn.microsoft.com/power-apps/developer/data-platform/event-framework): pre-validation (10), pre-operation (20),
    /// the main operation (30: the platform's handler, or a custom API's plug-in), post-operation (40), then the
    /// asynchronous steps queued for after the commit. Any failure ends the whole transaction, even when a plug-in
    /// catches it (DATAVERSE-FACTS.md 2.2); a call deeper than 8 is taken for a loop (2.3).</summary>
    internal sealed class RequestPipeline
    {
        public const int MaxDepth = 8;

        private readonly MetadataCatalog _catalog;
        private readonly IReadOnlyDictionary<string, IMessageHandler> _handlers;
        private readonly IReadOnlyDictionary<string, CustomApiDefinition> _customApis;
        private readonly StepCatalog _steps;
        private readonly StepRunner _runner;
        private readonly Func<DateTime> _clock;
        private readonly Func<Guid, IAccessControl> _accessOf;
        private readonly IReadOnlyDictionary<string, Guid> _mainOperationStepIds;

        public RequestPipeline(
            MetadataCatalog catalog,
            IEnumerable<IMessageHandler> handlers,
            SolutionRegistrations registrations,
            StepRunner runner,
            Func<DateTime> clock,
            Func<Guid, IAccessControl> accessOf)
        {
            _catalog = catalog;
            _handlers = handlers.ToDictionary(handler => handler.MessageName, StringComparer.Ordinal);
            _customApis = registrations.CustomApis.ToDictionary(api => api.UniqueName, StringComparer.OrdinalIgnoreCase);
            _mainOperationStepIds = registrations.CustomApis.ToDictionary(api => api.UniqueName, MainOperationStepId, StringComparer.OrdinalIgnoreCase);
            _steps = new StepCatalog(registrations.Steps);
            _runner = runner;
            _clock = clock;
            _accessOf = accessOf;
        }

        /// <summary>A service call: recorded in the request log at its depth, then run.</summary>
        public OrganizationResponse Call(OrganizationRequest request, Guid callerId, ExecutionScope scope, int depth, IPluginExecutionContext? parent)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            scope.Record(new ServiceCall(request.RequestName, TableOf(request), depth));
            return Run(request, callerId, scope, depth, parent);
        }

        private OrganizationResponse Run(OrganizationRequest request, Guid callerId, ExecutionScope scope, int depth, IPluginExecutionContext? parent)
        {
            try
            {
                if (depth > MaxDepth)
                {
                    throw DataverseFaults.DepthLimit();
                }

                var access = _accessOf(callerId);
                var messages = new MessageContext(scope.Transaction, _catalog, callerId, access, _clock(), inner => Run(inner, callerId, scope, depth, parent), depth);
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

                var operation = new Operation(request, TableOf(request), callerId, scope, depth, parent, messages.UtcNow) { PrimaryId = TargetId(request) };
                var preValidation = _steps.For(request, operation.Table, PipelineStage.PreValidation, StepMode.Synchronous);
                var preOperation = _steps.For(request, operation.Table, PipelineStage.PreOperation, StepMode.Synchronous);
                var postOperation = _steps.For(request, operation.Table, PipelineStage.PostOperation, StepMode.Synchronous);
                var asynchronous = _steps.For(request, operation.Table, PipelineStage.PostOperation, StepMode.Asynchronous);
                var all = preValidation.Concat(preOperation).Concat(postOperation).Concat(asynchronous).ToList();

                if (all.Any(step => step.Images.Any(image => image.IsPreImage)))
                {
                    operation.Before = FindTarget(messages, operation);
                }

                RunSteps(operation, preValidation, PipelineStage.PreValidation);
                RunSteps(operation, preOperation, PipelineStage.PreOperation);

                var response = api != null ? RunCustomApi(api, operation) : HandlerFor(request).Handle(request, messages);
                response.ResponseName ??= request.RequestName;
                operation.OutputParameters = response.Results;
                if (response.Results.TryGetValue("id", out var createdId) && createdId is Guid id)
                {
                    operation.PrimaryId = id;
                }

                if (all.Any(step => step.Images.Any(image => image.IsPostImage)))
                {
                    operation.After = operation.Table.Length == 0 ? null : scope.Transaction.Find(operation.Table, operation.PrimaryId);
                }

                RunSteps(operation, postOperation, PipelineStage.PostOperation);
                foreach (var step in asynchronous)
                {
                    scope.Queue(new AsyncJob(step, Context(operation, step, PipelineStage.PostOperation, StepMode.Asynchronous)));
                }

                return response;
            }
            catch (Exception failure)
            {
                scope.Transaction.Doom(failure);
                throw;
            }
        }

        private void RunSteps(Operation operation, IReadOnlyList<StepRegistration> steps, PipelineStage stage)
        {
            foreach (var step in steps)
            {
                _runner.Run(step, Context(operation, step, stage, StepMode.Synchronous), operation.Scope);
            }
        }

        /// <summary>The custom API's main operation: its plug-in at stage 30 (none for a business event), then the
        /// response built from the output parameters it set.</summary>
        private OrganizationResponse RunCustomApi(CustomApiDefinition api, Operation operation)
        {
            if (api.PluginTypeName != null)
            {
                var mainStepId = _mainOperationStepIds[api.UniqueName];
                var context = ContextFactory.For(operation, mainStepId, PipelineStage.MainOperation, StepMode.Synchronous, null, BusinessUnitOf(operation.Scope, operation.CallerId));
                _runner.Run(mainStepId, api.PluginTypeName, null, context, operation.Scope);
            }

            return CustomApiCall.Response(api, operation.OutputParameters);
        }

        private PluginExecutionContext Context(Operation operation, StepRegistration step, PipelineStage stage, StepMode mode)
        {
            var runAs = step.ImpersonatingUserId ?? operation.CallerId;
            return ContextFactory.For(
                operation,
                step.Id,
                stage,
                mode,
                runAs,
                BusinessUnitOf(operation.Scope, runAs),
                EntityImages.Pre(step, operation.Request.RequestName == "Create" ? null : operation.Before),
                stage == PipelineStage.PostOperation && operation.Request.RequestName != "Delete" ? EntityImages.Post(step, operation.After) : null);
        }

        // Read through the transaction, not cached across requests: a user's business unit can change, and a user
        // created in this transaction exists only here.
        private static Guid BusinessUnitOf(ExecutionScope scope, Guid userId) =>
            (scope.Transaction.Find("systemuser", userId)?["businessunitid"] as EntityReference)?.Id ?? Guid.Empty;

        private CustomApiDefinition? CustomApiOf(OrganizationRequest request) =>
            _customApis.TryGetValue(request.RequestName ?? string.Empty, out var api) ? api : null;

        private IMessageHandler HandlerFor(OrganizationRequest request) =>
            _handlers.TryGetValue(request.RequestName ?? string.Empty, out var handler)
                ? handler
                : throw DataverseFaults.MessageNotFound(request.RequestName ?? string.Empty);

        private string TableOf(OrganizationRequest request)
        {
            var api = CustomApiOf(request);
            if (api != null)
            {
                return api.BoundEntityLogicalName ?? string.Empty;
            }

            return _handlers.TryGetValue(request.RequestName ?? string.Empty, out var handler) ? handler.TableOf(request) : string.Empty;
        }

        private Row? FindTarget(MessageContext messages, Operation operation)
        {
            if (operation.Table.Length == 0 || !messages.Catalog.TryGetTable(operation.Table, out var table))
            {
                return null;
            }

            return operation.Request.Parameters.TryGetValue("Target", out var target) switch
            {
                true when target is Entity entity => RowTargets.Find(messages, table, entity.Id, entity.KeyAttributes),
                true when target is EntityReference reference => RowTargets.Find(messages, table, reference.Id, reference.KeyAttributes),
                _ => null,
            };
        }

        private static Guid TargetId(OrganizationRequest request) =>
            request.Parameters.TryGetValue("Target", out var target) ? target switch
            {
                Entity entity => entity.Id,
                EntityReference reference => reference.Id,
                _ => Guid.Empty,
            } : Guid.Empty;

        /// <summary>A stable id for a custom API's main operation, so its plug-in instance is cached like a step's.</summary>
        private static Guid MainOperationStepId(CustomApiDefinition api)
        {
            using var md5 = System.Security.Cryptography.MD5.Create();
            return new Guid(md5.ComputeHash(System.Text.Encoding.UTF8.GetBytes("customapi:" + api.UniqueName)));
        }
    }
}
