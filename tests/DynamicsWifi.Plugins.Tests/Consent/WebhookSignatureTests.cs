using System;
using DynamicsWifi.Plugins.Consent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Consent
{
    [TestClass]
    public sealed class WebhookSignatureTests
    {
        /// <summary>The worked example of CustomApis/README.md ("Verifying a delivery"), computed apart from this code.</summary>
        public const string ExampleSecret = "whsec_example_only";
        public const string ExampleTimestamp = "1764925200";
        public const string ExampleBody = "{\"eventId\":\"3f2b8c1e-0d4a-4b6e-9a57-2c1d8e4f6a90\",\"guestId\":\"guest-8841\",\"channel\":\"email\",\"granted\":false,\"changedOn\":\"2025-12-05T09:00:00.0000000Z\"}";
        public const string ExampleSignature = "v1=6ed1b6976616efb3314b773562f007c53e1d66704e01b64421dd50824e5c787a";

        [TestMethod]
        public void ReadmeExample_IsWhatThePluginSigns()
        {
            Assert.AreEqual(ExampleSignature, WebhookSignature.Sign(ExampleSecret, ExampleTimestamp, ExampleBody));
        }

        [TestMethod]
        public void ReadmeExample_BodyIsWhatThePluginSends()
        {
            var change = new ConsentChange
            {
                EventId = "3f2b8c1e-0d4a-4b6e-9a57-2c1d8e4f6a90", GuestId = "guest-8841", Channel = ConsentChannel.Email, Granted = false,
                ChangedOn = new DateTime(2025, 12, 5, 9, 0, 0, DateTimeKind.Utc),
            };

            Assert.AreEqual(ExampleBody, ConsentPayload.For(change));
            Assert.AreEqual(ExampleTimestamp, WebhookSignature.UnixSeconds(change.ChangedOn));
        }

        [TestMethod]
        public void AnotherBodyOrTimestamp_GivesAnotherSignature()
        {
            Assert.AreNotEqual(ExampleSignature, WebhookSignature.Sign(ExampleSecret, "1764925201", ExampleBody));
            Assert.AreNotEqual(ExampleSignature, WebhookSignature.Sign(ExampleSecret, ExampleTimestamp, ExampleBody.Replace("false", "true")));
        }

        [TestMethod]
        public void GuestWithoutGuestId_IsNamedByItsIdentityKeyOnly()
        {
            var body = ConsentPayload.For(new ConsentChange { EventId = "e", IdentityKey = "email-abc", Channel = ConsentChannel.Phone, Granted = true });

            StringAssert.Contains(body, "\"identityKey\":\"email-abc\"");
            Assert.IsFalse(body.Contains("guestId", StringComparison.Ordinal));
        }
    }
}
