namespace DynamicsWifi.Emulator.Registration
{
    /// <summary>Event pipeline stages (learn.microsoft.com/power-apps/developer/data-platform/event-framework).</summary>
    internal enum PipelineStage
    {
        PreValidation = 10,
        PreOperation = 20,

        /// <summary>The platform's own operation, or a custom API's main plug-in.</summary>
        MainOperation = 30,
        PostOperation = 40,
    }
}
