namespace DynamicsWifi.Plugins.Validation
{
    /// <summary>One rejected field: a stable code from <see cref="WifiErrorCodes"/>, the parameter or JSON field it names,
    /// and a message that says what is wrong without repeating the value (it may be an email, a phone or a MAC).</summary>
    public sealed class FieldError
    {
        public FieldError(string code, string field, string message)
        {
            Code = code;
            Field = field;
            Message = message;
        }

        public string Code { get; }

        public string Field { get; }

        public string Message { get; }

        /// <summary>"WIFI_INVALID_EMAIL Email: ..." as it appears in an error message.</summary>
        public override string ToString() => Code + " " + Field + ": " + Message;
    }
}
