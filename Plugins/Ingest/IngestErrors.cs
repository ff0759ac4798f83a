using DynamicsWifi.Plugins.Validation;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>Errors decided while recording, not while reading an event.</summary>
    public static class IngestErrors
    {
        public static FieldError SessionConflict() =>
            new FieldError(WifiErrorCodes.SessionConflict, EventField.SessionId, "SessionId is already recorded for another guest.");
    }
}
