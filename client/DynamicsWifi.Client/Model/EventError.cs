namespace DynamicsWifi.Client.Model
{
    /// <summary>Why an event was refused: a stable WIFI_ code, the field it names, and a message without the guest's data.</summary>
    public sealed class EventError
    {
        public EventError(string code, string? field, string message)
        {
            Code = code;
            Field = field;
            Message = message;
        }

        public string Code { get; }

        public string? Field { get; }

        public string Message { get; }
    }
}
