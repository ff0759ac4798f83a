using System;
using System.Linq;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Ingest
{
    [TestClass]
    public sealed class ContactChangesTests
    {
        [TestMethod]
        public void SameProfile_ChangesNothing()
        {
            var contact = new ContactState(Guid.NewGuid()) { FirstName = "Ann", Email = "ann@example.com", Gender = Gender.Female };

            var changed = ContactChanges.Apply(contact, GuestEvents.Valid().With(EventField.FirstName, "Ann").With(EventField.Gender, "F").Build());

            Assert.AreEqual(0, changed.Count);
        }

        [TestMethod]
        public void EmailAndMobileOfTheCrm_AreNeverOverwritten()
        {
            var contact = new ContactState(Guid.NewGuid()) { Email = "ann.smith@example.com", Mobile = "07700 900123" };

            var changed = ContactChanges.Apply(contact, GuestEvents.Valid().With(EventField.Mobile, "+447700900999").Build());

            Assert.AreEqual(0, changed.Count);
            Assert.AreEqual("ann.smith@example.com", contact.Email);
        }

        [TestMethod]
        public void MissingMobile_IsFilledInE164()
        {
            var contact = new ContactState(Guid.NewGuid()) { Email = "ann@example.com" };

            var changed = ContactChanges.Apply(contact, GuestEvents.Valid().With(EventField.Mobile, "07700 900123").Build());

            CollectionAssert.AreEqual(new[] { ContactField.Mobile }, changed.ToArray());
            Assert.AreEqual("+447700900123", contact.Mobile);
        }

        [TestMethod]
        public void NewerConsent_SetsBulkEmailRefusalWithItsEvidence()
        {
            var contact = new ContactState(Guid.NewGuid()) { Email = "ann@example.com", ConsentDate = GuestEvents.Now.AddDays(-1), DoNotBulkEmail = false };

            var changed = ContactChanges.Apply(contact, GuestEvents.Valid().With(EventField.CanReceiveEmail, false)
                .With(EventField.ConsentTimestamp, GuestEvents.Now.AddMinutes(-1)).With(EventField.ConsentChannel, "email-optin").Build());

            CollectionAssert.AreEquivalent(new[] { ContactField.DoNotBulkEmail, ContactField.ConsentDate, ContactField.ConsentChannel }, changed.ToArray());
            Assert.AreEqual(true, contact.DoNotBulkEmail);
            Assert.IsNull(contact.DoNotEmail);
        }

        [TestMethod]
        public void OlderConsent_IsIgnored()
        {
            var contact = new ContactState(Guid.NewGuid()) { Email = "ann@example.com", ConsentDate = GuestEvents.Now, DoNotBulkEmail = true };

            var changed = ContactChanges.Apply(contact, GuestEvents.Valid().With(EventField.CanReceiveEmail, true).With(EventField.ConsentTimestamp, GuestEvents.Now.AddDays(-1)).Build());

            Assert.AreEqual(0, changed.Count);
            Assert.AreEqual(true, contact.DoNotBulkEmail);
        }

        [TestMethod]
        public void ConsentWithoutTimestamp_DatesFromTheSessionStart()
        {
            var contact = new ContactState(Guid.NewGuid()) { Email = "ann@example.com" };
            var guest = GuestEvents.Valid().With(EventField.CanReceiveEmail, true).Build();

            ContactChanges.Apply(contact, guest);

            Assert.AreEqual(guest.SessionStart, contact.ConsentDate);
            Assert.AreEqual(false, contact.DoNotBulkEmail);
        }
    }
}
