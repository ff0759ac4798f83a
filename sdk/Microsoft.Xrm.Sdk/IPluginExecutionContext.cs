namespace Microsoft.Xrm.Sdk
{
    /// <summary>The execution context a plug-in receives: the operation's data plus its pipeline stage and parent operation.</summary>
    public interface IPluginExecutionContext : IExecutionContext
    {
        IPluginExecutionContext ParentContext { get; }

        int Stage { get; }
    }
}
