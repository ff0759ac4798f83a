using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Sdk.Tests
{
    [TestClass]
    public sealed class InvalidPluginExecutionExceptionTests
    {
        private const int IsvAborted = -2147220891;

        [TestMethod]
        public void MessageOnly_IsFailedWithIsvAbortedAndNoHttpStatus()
        {
            var exception = new InvalidPluginExecutionException("Email is malformed.");

            Assert.AreEqual("Email is malformed.", exception.Message);
            Assert.AreEqual(OperationStatus.Failed, exception.Status);
            Assert.AreEqual(IsvAborted, exception.ErrorCode);
            Assert.AreEqual(PluginHttpStatusCode.NotSet, exception.HttpStatus);
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
