using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>Every message the emulator carries out, one handler each: adding a message is its handler's file and one
    /// line here. Custom APIs need none: the pipeline runs their registered plug-in.</summary>
    internal static class MessageHandlers
    {
        public static IReadOnlyList<IMessageHandler> All() => new IMessageHandler[]
        {
            new CreateHandler(),
            new RetrieveHandler(),
            new UpdateHandler(),
            new DeleteHandler(),
            new RetrieveMultipleHandler(),
            new UpsertHandler(),
            new CreateMultipleHandler(),
            new UpdateMultipleHandler(),
            new RetrieveEnvironmentVariableSecretValueHandler(),
        };
    }
}
