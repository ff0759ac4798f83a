using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>One message going through the stages: the request, where it came from, and what the stages share
    /// (shared variables, the row before and after the main operation, the output parameters).</summary>
    internal sealed class Operation
    {
        private static readonly HashSet<string> MessagesWithOwnPreValidationContext = new(StringComparer.Ordinal) { "Create", "Update", "Delete", "RetrieveExchangeRate" };

        public Operation(OrganizationRequest request, string table, Call call, DateTime createdOn)
        {
            Request = request;
            Table = table;
            Call = call;
            CreatedOn = createdOn;
            HasOwnPreValidationContext = MessagesWithOwnPreValidationContext.Contains(request.RequestName ?? string.Empty);
            PreValidationVariables = HasOwnPreValidationContext ? new ParameterCollection() : SharedVariables;
            BulkHalf = MergedMessages.BulkHalfOf(request, table, call);
            ItemCount = MergedMessages.IsBulk(request.RequestName) && request.Parameters.TryGetValue("Targets", out var targets) && targets is EntityCollection items
                ? items.Entities.Count
                : 1;
            if (request.Parameters.TryGetValue(OptionalParameters.Tag, out var tag))
            {
                SharedVariables[OptionalParameters.Tag] = tag;
                PreValidationVariables[OptionalParameters.Tag] = tag;
            }
        }

        public OrganizationRequest Request { get; }

        public string Table { get; }

        /// <summary>Who sent it, at which depth, in which transaction (none for a first operation's PreValidation).</summary>
        public Call Call { get; }

        public Guid CallerId => Call.CallerId;

        public int Depth => Call.Depth;

        /// <summary>The context of the plug-in whose service call started this operation; null for a caller's request.</summary>
        public IPluginExecutionContext? Parent => Call.Parent;

        public RequestScope Scope => Call.Request;

        public DateTime CreatedOn { get; }

        public Guid RequestId { get; } = Guid.NewGuid();

        public Guid OperationId { get; } = Guid.NewGuid();

        /// <summary>Whether pre-validation runs in a context of its own, which later stages reach through ParentContext:
        /// only for Create, Update, Delete and RetrieveExchangeRate; every other message shares one context's
        /// variables across its stages (learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#shared-variables).</summary>
        public bool HasOwnPreValidationContext { get; }

        /// <summary>Shared by the pre-validation steps: their own collection when the message gives them their own context,
        /// else the operation's.</summary>
        public ParameterCollection PreValidationVariables { get; }

        /// <summary>Shared by the pre-operation, main and post-operation steps of this operation.</summary>
        public ParameterCollection SharedVariables { get; } = new();

        /// <summary>The response's results once the main operation has run: what post-operation steps see.</summary>
        public ParameterCollection OutputParameters { get; set; } = new();

        /// <summary>The pre-validation context later stages see as their parent; built once, so every step of the
        /// operation sees the same one.</summary>
        public PluginExecutionContext? PreValidationView { get; set; }

        /// <summary>The operation at its main stage, as the messages its handler sends see it as their parent; built once.</summary>
        public PluginExecutionContext? MainOperationView { get; set; }

        /// <summary>The bulk message this single Create or Update also raises for the steps registered on it (the merged
        /// pipeline's other half); null for every other operation.</summary>
        public OrganizationRequest? BulkHalf { get; }

        /// <summary>The bulk half's output parameters once the main operation has run.</summary>
        public ParameterCollection BulkHalfOutputs { get; set; } = new();

        /// <summary>How many rows the operation addresses: its Targets for a bulk message, else one.</summary>
        public int ItemCount { get; }

        /// <summary>Each addressed row before the main operation (in the order of the Targets), when a step has a pre-image.</summary>
        public IReadOnlyList<Row?> Before { get; set; } = Array.Empty<Row?>();

        /// <summary>Each addressed row after the main operation, when a step has a post-image.</summary>
        public IReadOnlyList<Row?> After { get; set; } = Array.Empty<Row?>();

        /// <summary>The row the operation addresses: the Target's id, or the id Create returned.</summary>
        public Guid PrimaryId { get; set; }
    }
}
