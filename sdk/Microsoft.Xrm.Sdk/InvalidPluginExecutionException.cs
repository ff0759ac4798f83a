using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The exception a plug-in throws to fail the operation and show its message to the caller.</summary>
    [Serializable]
    public sealed class InvalidPluginExecutionException : Exception, ISerializable
    {
        // COR_E_EXCEPTION (0x80131500), the HResult of a plain Exception: Microsoft's SDK reports it as ErrorCode until one
        // is given; Dataverse then answers the caller with IsvAborted (0x80040265).
        private const int ExceptionErrorCode = -2146233088;

        public InvalidPluginExecutionException()
        {
        }

        public InvalidPluginExecutionException(string message)
            : base(message)
        {
        }

        public InvalidPluginExecutionException(string message, Exception exception)
            : base(message, exception)
        {
        }

        public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
            : base(message)
        {
            HttpStatus = httpStatus;
        }

        // Message stays empty, as in Microsoft's SDK: a status alone says nothing to show the user.
        public InvalidPluginExecutionException(OperationStatus status)
            : base(string.Empty)
        {
            Status = status;
        }

        public InvalidPluginExecutionException(OperationStatus status, string message)
            : base(message)
        {
            Status = status;
        }

        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
            : base(message)
        {
            Status = status;
            ErrorCode = errorCode;
        }

        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
            : base(message)
        {
            Status = status;
            ErrorCode = errorCode;
            HttpStatus = httpStatus;
        }

        private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
            : base(info, context)
        {
            Status = (OperationStatus)info.GetInt32(nameof(Status));
            ErrorCode = info.GetInt32(nameof(ErrorCode));
            HttpStatus = (PluginHttpStatusCode)info.GetInt32(nameof(HttpStatus));
        }

        public int ErrorCode { get; } = ExceptionErrorCode;

        public PluginHttpStatusCode HttpStatus { get; } = PluginHttpStatusCode.NotSet;

        public OperationStatus Status { get; } = OperationStatus.Failed;

#pragma warning disable CS0672 // Exception.GetObjectData is obsolete on modern .NET only; Microsoft's surface overrides it.
        public override void GetObjectData(SerializationInfo info, StreamingContext context)
#pragma warning restore CS0672
        {
            base.GetObjectData(info, context);
            info.AddValue(nameof(Status), (int)Status);
            info.AddValue(nameof(ErrorCode), ErrorCode);
            info.AddValue(nameof(HttpStatus), (int)HttpStatus);
        }
    }
}
