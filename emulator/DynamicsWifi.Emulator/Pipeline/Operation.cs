using System;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>One message going through the stages: the request, where it came from, and what the stages share
    /// (shared variables, the row before and after the main operation, the output parameters).</summary>
    internal sealed class Operation
    {
        public Operation(OrganizationRequest request, string table, Call call, DateTime createdOn)
        {
            Request = request;
            Table = table;
            Call = call;
            CreatedOn = createdOn;
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

        /// <summary>Shared by the pre-validation steps; later stages reach it through ParentContext.</summary>
        public ParameterCollection PreValidationVariables { get; } = new();

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
