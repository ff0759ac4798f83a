using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Identity;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Plugins.Tests.Ingest
{
    [TestClass]
    public sealed class BatchResolutionTests
    {
        [TestMethod]
        public void OneNewGuestFiftyTimes_CreatesOneContactReportedOnce()
        {
            var events = Enumerable.Range(0, 50).Select(index => new IndexedEvent(index, GuestEvents.Valid().With(EventField.SessionId, "s" + index).Build())).ToList();

            var resolved = Resolve(events, new ContactCandidate[0]);

            Assert.AreEqual(1, resolved.NewContacts.Count);
            Assert.AreEqual(1, events.Select(item => resolved.ContactOf(item.Index)).Distinct().Count());
            CollectionAssert.AreEqual(new[] { 0 }, events.Where(item => resolved.CreatedBy(item.Index)).Select(item => item.Index).ToArray());
        }

        [TestMethod]
        public void PhoneOnlyLoginAfterAnEmailLogin_FindsTheContactCreatedForIt()
        {
            var events = new[]
            {
                new IndexedEvent(0, GuestEvents.Valid().With(EventField.Mobile, "+447700900123").Build()),
                new IndexedEvent(1, GuestEvents.Valid().With(EventField.Email, null).With(EventField.Mobile, "+447700900123").With(EventField.SessionId, "s2").Build()),
            };

            var resolved = Resolve(events, new ContactCandidate[0]);

            Assert.AreEqual(resolved.ContactOf(0), resolved.ContactOf(1));
            StringAssert.StartsWith(resolved.NewContacts.Single().IdentityKey, "tel-", "the last login's key, as one by one");
            Assert.AreEqual(0, resolved.Stamps.Count);
        }

        [TestMethod]
        public void ExistingContactFoundBySearch_IsStampedOnce()
        {
            var existing = new ContactCandidate(Guid.NewGuid(), null, "ann@example.com", null, null, null, DateTime.UtcNow, true);
            var events = Enumerable.Range(0, 3).Select(index => new IndexedEvent(index, GuestEvents.Valid().With(EventField.SessionId, "s" + index).Build())).ToList();

            var resolved = Resolve(events, new[] { existing });

            Assert.AreEqual(existing.Id, resolved.Stamps.Single().Key);
            Assert.AreEqual(0, resolved.NewContacts.Count);
        }

        private static ResolvedGuests Resolve(IReadOnlyList<IndexedEvent> events, IEnumerable<ContactCandidate> candidates) =>
            BatchResolution.Resolve(events, candidates, new HashSet<Guid>(), GuestEvents.Now, Guid.NewGuid, _ => { });
    }
}
