namespace Microsoft.Xrm.Sdk
{
    /// <summary>The plug-in execution context extended with one pre and one post image collection per record of a bulk operation.</summary>
    public interface IPluginExecutionContext4 : IPluginExecutionContext3
    {
        EntityImageCollection[] PostEntityImagesCollection { get; }

        EntityImageCollection[] PreEntityImagesCollection { get; }
    }
}
