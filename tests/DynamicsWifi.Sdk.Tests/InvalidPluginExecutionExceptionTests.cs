using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Sdk.Tests
{
    [TestClass]
    public sealed class InvalidPluginExecutionExceptionTests
    {
        // A plain Exception's HResult (COR_E_EXCEPTION, 0x80131500), what Microsoft's SDK reports until a code is given.
        private const int PlainExceptionCode = -2146233088;

        [TestMethod]
        public void MessageOnly_IsFailedWithAPlainExceptionsCodeAndNoHttpStatus()
        {
            var exception = new InvalidPluginExecutionException("Email is malformed.");

            Assert.AreEqual("Email is malformed.", exception.Message);
            Assert.AreEqual(OperationStatus.Failed, exception.Status);
            Assert.AreEqual(PlainExceptionCode, exception.ErrorCode);
            Assert.AreEqual(PluginHttpStatusCode.NotSet, exception.HttpStatus);
        }

        [TestMethod]
        public void StatusOnly_LeavesMessageEmpty()
        {
            var exception = new InvalidPluginExecutionException(OperationStatus.Retry);

            Assert.AreEqual(string.Empty, exception.Message);
            Assert.AreEqual(OperationStatus.Retry, exception.Status);
            Assert.AreEqual(PlainExceptionCode, exception.ErrorCode);
        }

        [TestMethod]
        public void RetryStatus_IsKeptWithMessage()
        {
            var exception = new InvalidPluginExecutionException(OperationStatus.Retry, "Platform timed out.");

            Assert.AreEqual(OperationStatus.Retry, exception.Status);
            Assert.AreEqual("Platform timed out.", exception.Message);
        }

        [TestMethod]
        public void StatusCodeMessageAndHttpStatus_AreAllKept()
        {
            var exception = new InvalidPluginExecutionException(OperationStatus.Canceled, 42, "Refused.", PluginHttpStatusCode.Conflict);

            Assert.AreEqual(OperationStatus.Canceled, exception.Status);
            Assert.AreEqual(42, exception.ErrorCode);
            Assert.AreEqual("Refused.", exception.Message);
            Assert.AreEqual(PluginHttpStatusCode.Conflict, exception.HttpStatus);
        }

        [TestMethod]
        public void MessageAndHttpStatus_KeepsHttpStatusAndFailedStatus()
        {
            var exception = new InvalidPluginExecutionException("Not found.", PluginHttpStatusCode.NotFound);

            Assert.AreEqual(PluginHttpStatusCode.NotFound, exception.HttpStatus);
            Assert.AreEqual(OperationStatus.Failed, exception.Status);
        }

        [TestMethod]
        public void InnerException_IsKept()
        {
            var inner = new TimeoutException();

            var exception = new InvalidPluginExecutionException("Platform timed out.", inner);

            Assert.AreSame(inner, exception.InnerException);
        }
    }
}
