using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Ingest;
using DynamicsWifi.Plugins.Validation;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Ingest
{
    [TestClass]
    public sealed class VisitRecorderTests
    {
        private static readonly WifiSettings Settings = new WifiSettings("GB", TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15));
        private static readonly DateTime Now = GuestEvents.Now;

        [TestMethod]
        public void NewSession_IsRecordedAsTheGuestsFirstVisitWithItsEvent()
        {
            var contact = new ContactState(Guid.NewGuid());

            var plan = Plan(new[] { Pending(contact, GuestEvents.Valid().Build(), created: true) }, new[] { contact });

            var outcome = plan.Outcomes.Single();
            Assert.AreEqual(OutcomeKind.Recorded, outcome.Kind);
            Assert.IsTrue(outcome.ContactCreated);
            Assert.IsFalse(outcome.ReturningGuest);
            Assert.AreEqual(1, outcome.VisitCount);
            Assert.AreEqual(outcome.VisitId, plan.NewSessions.Single().Id);
            Assert.AreEqual(outcome.VisitId, plan.VisitEvents.Single().VisitId);
        }

        [TestMethod]
        public void KnownSession_SentAgain_IsUnchangedWithTheSameIds()
        {
            var contact = new ContactState(Guid.NewGuid());
            var stored = Stored(contact, "session-1", Now.AddMinutes(-5), null);

            var plan = Plan(new[] { Pending(contact, GuestEvents.Valid().With(EventField.FirstName, "Changed").Build()) }, new[] { contact }, stored);

            Assert.AreEqual(OutcomeKind.Unchanged, plan.Outcomes.Single().Kind);
            Assert.AreEqual(stored.Id, plan.Outcomes.Single().VisitId);
            Assert.AreEqual(0, plan.NewSessions.Count + plan.EndedSessions.Count + plan.ContactUpdates.Count + plan.VisitEvents.Count);
        }

        [TestMethod]
        public void OpenSessionSentWithItsEnd_IsUpdated()
        {
            var contact = new ContactState(Guid.NewGuid());
            var stored = Stored(contact, "session-1", Now.AddMinutes(-5), null);

            var plan = Plan(new[] { Pending(contact, GuestEvents.Valid().WithSession("session-1", Now.AddMinutes(-5), Now).Build()) }, new[] { contact }, stored);

            Assert.AreEqual(OutcomeKind.Updated, plan.Outcomes.Single().Kind);
            Assert.AreEqual(Now, plan.EndedSessions.Single().End);
            Assert.AreEqual(5, plan.EndedSessions.Single().DwellMinutes);
        }

        [TestMethod]
        public void EarlierEnd_NeverShortensASession()
        {
            var contact = new ContactState(Guid.NewGuid());
            var stored = Stored(contact, "session-1", Now.AddMinutes(-50), Now.AddMinutes(-10));

            var plan = Plan(new[] { Pending(contact, GuestEvents.Valid().WithSession("session-1", Now.AddMinutes(-50), Now.AddMinutes(-20)).Build()) }, new[] { contact }, stored);

            Assert.AreEqual(OutcomeKind.Unchanged, plan.Outcomes.Single().Kind);
        }

        [TestMethod]
        public void SessionIdOfAnotherGuest_IsAConflict()
        {
            var contact = new ContactState(Guid.NewGuid());
            var other = new ContactState(Guid.NewGuid());

            var plan = Plan(new[] { Pending(contact, GuestEvents.Valid().Build()) }, new[] { contact, other }, Stored(other, "SESSION-1", Now, null));

            Assert.AreEqual(WifiErrorCodes.SessionConflict, plan.Outcomes.Single().Error!.Code);
            Assert.AreEqual(0, plan.NewSessions.Count);
        }

        [TestMethod]
        public void ReconnectWithinTheGap_RaisesNoEvent()
        {
            var contact = new ContactState(Guid.NewGuid());
            var earlier = Stored(contact, "session-0", Now.AddMinutes(-40), Now.AddMinutes(-20));

            var plan = Plan(new[] { Pending(contact, GuestEvents.Valid().Build()) }, new[] { contact }, earlier);

            Assert.AreEqual(1, plan.Outcomes.Single().VisitCount);
            Assert.AreEqual(0, plan.VisitEvents.Count);
        }

        [TestMethod]
        public void StaleNewVisit_RaisesNoEvent()
        {
            var contact = new ContactState(Guid.NewGuid());

            var plan = Plan(new[] { Pending(contact, GuestEvents.Valid().WithSession("late", Now.AddMinutes(-16)).Build()) }, new[] { contact });

            Assert.AreEqual(OutcomeKind.Recorded, plan.Outcomes.Single().Kind);
            Assert.AreEqual(0, plan.VisitEvents.Count);
        }

        [TestMethod]
        public void LaterVisit_IsReturningWithTheCountOfVisits()
        {
            var contact = new ContactState(Guid.NewGuid()) { DoNotBulkEmail = true };
            var lastWeek = Stored(contact, "session-0", Now.AddDays(-7), Now.AddDays(-7).AddHours(1));

            var plan = Plan(new[] { Pending(contact, GuestEvents.Valid().Build()) }, new[] { contact }, lastWeek);

            var visit = plan.VisitEvents.Single();
            Assert.IsTrue(visit.ReturningGuest);
            Assert.AreEqual(2, visit.VisitCount);
            Assert.IsFalse(visit.MarketingConsent);
        }

        [TestMethod]
        public void DuplicatesInABatch_EndAsIfSentOneByOne()
        {
            var contact = new ContactState(Guid.NewGuid());
            var events = new[]
            {
                Pending(contact, GuestEvents.Valid().WithSession("a", Now.AddMinutes(-10)).Build(), created: true, index: 0),
                Pending(contact, GuestEvents.Valid().WithSession("a", Now.AddMinutes(-10)).Build(), created: true, index: 1),
                Pending(contact, GuestEvents.Valid().WithSession("a", Now.AddMinutes(-10), Now).Build(), created: true, index: 2),
                Pending(contact, GuestEvents.Valid().WithSession("b", Now.AddMinutes(-5)).Build(), created: true, index: 3),
            };

            var plan = Plan(events, new[] { contact });

            CollectionAssert.AreEqual(
                new[] { OutcomeKind.Recorded, OutcomeKind.Unchanged, OutcomeKind.Updated, OutcomeKind.Recorded },
                plan.Outcomes.Select(outcome => outcome.Kind).ToArray());
            CollectionAssert.AreEqual(new[] { true, false, false, false }, plan.Outcomes.Select(outcome => outcome.ContactCreated).ToArray());
            Assert.AreEqual(2, plan.NewSessions.Count);
            Assert.AreEqual(Now, plan.NewSessions.Single(session => session.SessionId == "a").End);
            Assert.AreEqual(0, plan.EndedSessions.Count);
            Assert.AreEqual(1, plan.VisitEvents.Count);
        }

        [TestMethod]
        public void ProfileChanges_OfSeveralLogins_AreOneUpdatePerContact()
        {
            var contact = new ContactState(Guid.NewGuid()) { FirstName = "Ann" };
            var events = new[]
            {
                Pending(contact, GuestEvents.Valid().WithSession("a", Now.AddMinutes(-10)).With(EventField.FirstName, "Anne").Build(), index: 0),
                Pending(contact, GuestEvents.Valid().WithSession("b", Now.AddMinutes(-5)).With(EventField.LastName, "Smith").Build(), index: 1),
            };

            var update = Plan(events, new[] { contact }).ContactUpdates.Single();

            CollectionAssert.AreEquivalent(new[] { ContactField.FirstName, ContactField.LastName }, update.Fields.ToArray());
            Assert.AreEqual("Anne", update.Contact.FirstName);
            Assert.AreEqual("Smith", update.Contact.LastName);
        }

        private static RecordingPlan Plan(IReadOnlyList<PendingEvent> events, IEnumerable<ContactState> contacts, params SessionState[] sessions) =>
            VisitRecorder.Plan(events, new RecordingState(contacts, sessions), Settings, Now, Guid.NewGuid);

        private static PendingEvent Pending(ContactState contact, GuestEvent guest, bool created = false, int index = 0)
        {
            contact.Email ??= guest.Identity.Email?.Value;
            return new PendingEvent(index, guest, contact.Id, created);
        }

        private static SessionState Stored(ContactState contact, string sessionId, DateTime start, DateTime? end) =>
            new SessionState(Guid.NewGuid(), contact.Id, sessionId, "Grand Hotel", start) { End = end };
    }
}
