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

        public Row? Before { get; set; }

        public Row? After { get; set; }

        /// <summary>The row the operation addresses: the Target's id, or the id Create returned.</summary>
        public Guid PrimaryId { get; set; }
    }
}
