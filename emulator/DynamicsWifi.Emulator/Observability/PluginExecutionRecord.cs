using System;
using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Observability
{
    /// <summary>One plug-in execution, as the Plug-in Trace Log records it: which type ran on which message, table,
    /// stage, mode and depth, its trace lines, and the exception it ended with, if any.</summary>
    public sealed class PluginExecutionRecord
    {
        internal PluginExecutionRecord(string typeName, string message, string table, int stage, int mode, int depth, Guid correlationId, IReadOnlyList<string> lines, string? exception)
        {
            TypeName = typeName;
            Message = message;
            Table = table;
            Stage = stage;
            Mode = mode;
            Depth = depth;
            CorrelationId = correlationId;
            Lines = lines;
            Exception = exception;
        }

        public string TypeName { get; }

        public string Message { get; }

        public string Table { get; }

        public int Stage { get; }

        public int Mode { get; }

        public int Depth { get; }

        public Guid CorrelationId { get; }

        public IReadOnlyList<string> Lines { get; }

        /// <summary>The exception's type and message when the execution failed; null when it succeeded.</summary>
        public string? Exception { get; }
    }
}
