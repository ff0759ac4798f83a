using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Identity;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Scenarios.Tests
{
    /// <summary>Contacts of one identity saved in Dynamics at the same moment (Plugins/README.md, "When a save can fail"):
    /// the key goes to one of them, a save that lost the race fails with DuplicateRecordEntityKey naming no email or
    /// phone, and its retry saves the contact without the key.</summary>
    [TestClass]
    public sealed class IdentityKeyRaceTests
    {
        private const int Workers = 32;
        private const int Rounds = 40;
        private const int IdentitiesPerRound = 4;

        [TestMethod]
        public void ContactsOfOneIdentityCreatedTogether_OneHoldsTheKeyEveryLoserRetriesOnceAndNothingIsLost()
        {
            var service = Organizations.WithDynamicsWifi().CreateOrganizationService(null);
            var race = new SavesWithOneRetry();

            for (var round = 0; round < Rounds; round++)
            {
                var current = round;
                Together.Run(Workers, worker =>
                {
                    var contact = ContactOf(current, worker);
                    race.Save(contact, () => service.Create(Copy(contact)));
                });
            }

            Console.WriteLine($"{Workers} workers, {Workers * Rounds} creates of {Rounds * IdentitiesPerRound} identities: {race.Losers.Count} failed, each retried once");
            race.AssertOutcome(AllContacts(service));
        }

        [TestMethod]
        public void ContactsEditedToOneIdentityTogether_OneTakesTheKeyEveryLoserRetriesOnceAndNothingIsLost()
        {
            var service = Organizations.WithDynamicsWifi().CreateOrganizationService(null);
            var race = new SavesWithOneRetry();
            var ids = new Dictionary<string, Guid>();
            for (var round = 0; round < Rounds / 2; round++)
            {
                for (var worker = 0; worker < Workers; worker++)
                {
                    var name = ContactOf(round, worker).GetAttributeValue<string>("lastname");
                    ids[name] = service.Create(new Entity("contact") { ["lastname"] = name, ["emailaddress1"] = name + "@before.example.com" });
                }
            }

            for (var round = 0; round < Rounds / 2; round++)
            {
                var current = round;
                Together.Run(Workers, worker =>
                {
                    var contact = ContactOf(current, worker);
                    var edit = new Entity("contact", ids[contact.GetAttributeValue<string>("lastname")])
                    {
                        ["firstname"] = contact["firstname"],
                        ["emailaddress1"] = contact.GetAttributeValue<string>("emailaddress1"),
                        ["mobilephone"] = contact.GetAttributeValue<string>("mobilephone"),
                    };
                    race.Save(contact, () => service.Update(Copy(edit)));
                });
            }

            Console.WriteLine($"{Workers} workers, {Workers * Rounds / 2} edits to {Rounds / 2 * IdentitiesPerRound} identities: {race.Losers.Count} failed, each retried once");
            race.AssertOutcome(AllContacts(service));
        }

        /// <summary>Worker w of a round saves identity w mod 4 of that round, each written its own way: an email in
        /// varying case and spacing, a mobile in national or international form, or both (the email decides).</summary>
        private static Entity ContactOf(int round, int worker)
        {
            var identity = worker % IdentitiesPerRound;
            var contact = new Entity("contact") { ["lastname"] = $"r{round}-w{worker}", ["firstname"] = "Guest " + worker };
            var number = (100 + round).ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + identity;
            switch (identity)
            {
                case 0:
                    contact["emailaddress1"] = worker % 8 < 4 ? $"guest{round}@example.com" : $" Guest{round}@Example.COM ";
                    break;
                case 1:
                    contact["mobilephone"] = worker % 8 < 4 ? "+44 7700 90" + number : "07700 90" + number;
                    break;
                case 2:
                    contact["emailaddress1"] = $"pair{round}@example.com";
                    contact["mobilephone"] = "+447700 9" + number + worker % 10;
                    break;
                default:
                    contact["emailaddress1"] = $"o'neil.{round}+wifi@example.org";
                    break;
            }

            return contact;
        }

        private static Entity Copy(Entity contact)
        {
            var copy = new Entity(contact.LogicalName, contact.Id);
            foreach (var attribute in contact.Attributes)
            {
                copy[attribute.Key] = attribute.Value;
            }

            return copy;
        }

        private static List<Entity> AllContacts(IOrganizationService service)
        {
            var query = new QueryExpression("contact")
            {
                ColumnSet = new ColumnSet("lastname", "firstname", "emailaddress1", "mobilephone", "cr_wifi_identitykey"),
                PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 },
            };
            return service.RetrieveMultiple(query).Entities.ToList();
        }

        /// <summary>Saves racing for identity keys, each failed one retried once, and what a user must find after.</summary>
        private sealed class SavesWithOneRetry
        {
            private readonly ConcurrentDictionary<string, Entity> _sent = new();
            private readonly ConcurrentBag<string> _retryFailures = new();

            public ConcurrentBag<(string Name, FaultException<OrganizationServiceFault> Fault)> Losers { get; } = new();

            public void Save(Entity contact, Action save)
            {
                var name = contact.GetAttributeValue<string>("lastname");
                _sent[name] = contact;
                try
                {
                    save();
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    Losers.Add((name, fault));
                    try
                    {
                        save();
                    }
                    catch (FaultException<OrganizationServiceFault> retryFault)
                    {
                        _retryFailures.Add(name + ": " + retryFault.Detail.ErrorCode.ToString("X8") + " " + retryFault.Message);
                    }
                }
            }

            /// <summary>Every loser failed with DuplicateRecordEntityKey naming no identity and saved on its retry; every
            /// contact holds what was sent; one contact per identity holds the key, one that saved first time.</summary>
            public void AssertOutcome(IReadOnlyList<Entity> stored)
            {
                Assert.IsTrue(Losers.Count > 0, "the race was not reproduced: no save lost it");
                Assert.AreEqual(0, _retryFailures.Count, "retries that failed: " + string.Join("; ", _retryFailures.Take(3)));
                foreach (var (name, fault) in Losers)
                {
                    Assert.AreEqual(DataverseFaultCodes.DuplicateRecordEntityKey, fault.Detail.ErrorCode, name + ": " + fault.Message);
                    AssertNamesNoIdentity(fault.Message, _sent[name]);
                }

                Assert.AreEqual(_sent.Count, stored.Count, "every save, first time or on its retry, left one contact");
                foreach (var contact in stored)
                {
                    var expected = _sent[contact.GetAttributeValue<string>("lastname")];
                    foreach (var column in new[] { "firstname", "emailaddress1", "mobilephone" })
                    {
                        Assert.AreEqual(expected.GetAttributeValue<string>(column), contact.GetAttributeValue<string>(column), column);
                    }
                }

                var retried = new HashSet<string>(Losers.Select(loser => loser.Name));
                foreach (var identity in stored.GroupBy(contact => KeyOf(_sent[contact.GetAttributeValue<string>("lastname")])))
                {
                    var holders = identity.Where(contact => contact.GetAttributeValue<string>("cr_wifi_identitykey") == identity.Key).ToList();
                    Assert.AreEqual(1, holders.Count, "contacts holding one identity's key");
                    Assert.IsFalse(retried.Contains(holders[0].GetAttributeValue<string>("lastname")), "the key stays with the contact that first held it");
                    Assert.IsTrue(identity.Except(holders).All(contact => !contact.Contains("cr_wifi_identitykey")), "the others are saved without a key");
                }
            }

            private static string KeyOf(Entity contact)
            {
                if (EmailAddress.TryParse(contact.GetAttributeValue<string>("emailaddress1"), out var email))
                {
                    return IdentityKey.ForEmail(email!).Value;
                }

                Assert.IsTrue(PhoneNumber.TryParse(contact.GetAttributeValue<string>("mobilephone"), "GB", out var phone));
                return IdentityKey.ForPhone(phone!).Value;
            }

            private static void AssertNamesNoIdentity(string message, Entity contact)
            {
                Assert.IsFalse(message.Contains('@') || message.Contains("7700"), message);
                Assert.IsFalse(message.Contains("email-") || message.Contains("tel-"), message);
                var email = contact.GetAttributeValue<string>("emailaddress1");
                Assert.IsTrue(email == null || !message.Contains(email.Trim().Split('@')[0], StringComparison.OrdinalIgnoreCase), message);
            }
        }
    }
}
