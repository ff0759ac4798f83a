namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The execution context a custom workflow activity receives from the workflow it runs in.</summary>
    public interface IWorkflowContext : IExecutionContext
    {
        /// <summary>The name of the workflow stage the activity runs in.</summary>
        string StageName { get; }

        /// <summary>The category of the running process (workflow, dialog, action...).</summary>
        int WorkflowCategory { get; }

        /// <summary>Whether the process runs in the background (0) or in real time (1).</summary>
        int WorkflowMode { get; }

        /// <summary>The context of the process that started this one, when it runs as a child process.</summary>
        IWorkflowContext ParentContext { get; }
    }
}
