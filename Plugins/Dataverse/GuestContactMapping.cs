using System;
using System.Linq;
using DynamicsWifi.Plugins.Identity;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Contact rows to the ingest's typed values and back: candidates for resolution, the state a login may
    /// change, and the rows to create or update.</summary>
    public static class GuestContactMapping
    {
        public static readonly string[] CandidateColumns =
        {
            Schema.Contact.PrimaryId, Schema.Contact.IdentityKey, Schema.Contact.Email, Schema.Contact.Email2, Schema.Contact.Email3,
            Schema.Contact.Mobile, Schema.Contact.CreatedOn, Schema.Contact.State,
        };

        /// <summary>The profile and consent columns the recorder decides on, and the visit aggregates it keeps.</summary>
        public static readonly string[] StateColumns = new[]
        {
            Schema.Contact.PrimaryId, Schema.Contact.IdentityKey, Schema.Contact.FirstName, Schema.Contact.LastName, Schema.Contact.Email,
            Schema.Contact.Mobile, Schema.Contact.Gender, Schema.Contact.BirthDate, Schema.Contact.GuestId, Schema.Contact.DoNotBulkEmail,
            Schema.Contact.DoNotEmail, Schema.Contact.ConsentDate, Schema.Contact.ConsentChannel, Schema.Contact.CreatedOn, Schema.Contact.CreatedBy,
        }.Concat(Schema.ContactAggregates.All).ToArray();

        public static ContactCandidate ToCandidate(Entity row) =>
            new ContactCandidate(
                row.Id,
                row.GetAttributeValue<string>(Schema.Contact.IdentityKey),
                row.GetAttributeValue<string>(Schema.Contact.Email),
                row.GetAttributeValue<string>(Schema.Contact.Email2),
                row.GetAttributeValue<string>(Schema.Contact.Email3),
                row.GetAttributeValue<string>(Schema.Contact.Mobile),
                row.GetAttributeValue<DateTime?>(Schema.Contact.CreatedOn) ?? DateTime.MinValue,
                (row.GetAttributeValue<OptionSetValue>(Schema.Contact.State)?.Value ?? Schema.Contact.Active) == Schema.Contact.Active);

        public static ContactState ToState(Entity row) =>
            new ContactState(row.Id)
            {
                IdentityKey = row.GetAttributeValue<string>(Schema.Contact.IdentityKey),
                FirstName = row.GetAttributeValue<string>(Schema.Contact.FirstName),
                LastName = row.GetAttributeValue<string>(Schema.Contact.LastName),
                Email = row.GetAttributeValue<string>(Schema.Contact.Email),
                Mobile = row.GetAttributeValue<string>(Schema.Contact.Mobile),
                Gender = GenderOf(row.GetAttributeValue<OptionSetValue>(Schema.Contact.Gender)),
                BirthDate = row.GetAttributeValue<DateTime?>(Schema.Contact.BirthDate),
                GuestId = row.GetAttributeValue<string>(Schema.Contact.GuestId),
                DoNotBulkEmail = row.GetAttributeValue<bool?>(Schema.Contact.DoNotBulkEmail),
                DoNotEmail = row.GetAttributeValue<bool?>(Schema.Contact.DoNotEmail),
                ConsentDate = row.GetAttributeValue<DateTime?>(Schema.Contact.ConsentDate),
                ConsentChannel = row.GetAttributeValue<string>(Schema.Contact.ConsentChannel),
                CreatedOn = row.GetAttributeValue<DateTime?>(Schema.Contact.CreatedOn) ?? DateTime.MinValue,
                CreatedBy = row.GetAttributeValue<EntityReference>(Schema.Contact.CreatedBy)?.Id ?? Guid.Empty,
                Aggregates = AggregateMapping.FromContact(row),
                RowVersion = row.RowVersion,
            };

        /// <summary>The row a new guest's contact is created as: its id, key and every profile field it has.</summary>
        public static Entity ForCreate(ContactState contact)
        {
            var row = new Entity(Schema.Contact.Table, contact.Id) { [Schema.Contact.IdentityKey] = contact.IdentityKey };
            foreach (ContactField field in Enum.GetValues(typeof(ContactField)))
            {
                var value = ValueOf(contact, field);
                if (value != null)
                {
                    row[ColumnOf(field)] = value;
                }
            }

            return row;
        }

        /// <summary>An update carrying only the changed columns.</summary>
        public static Entity ForUpdate(ContactUpdate update)
        {
            var row = new Entity(Schema.Contact.Table, update.Contact.Id);
            foreach (var field in update.Fields)
            {
                row[ColumnOf(field)] = ValueOf(update.Contact, field);
            }

            return row;
        }

        public static Entity ForKeyStamp(Guid contactId, IdentityKey key) =>
            new Entity(Schema.Contact.Table, contactId) { [Schema.Contact.IdentityKey] = key.Value };

        /// <summary>The columns of a contact query joined to other tables: the same names under an alias.</summary>
        public static ColumnSet StateColumnSet() => new ColumnSet(StateColumns);

        private static string ColumnOf(ContactField field)
        {
            switch (field)
            {
                case ContactField.FirstName: return Schema.Contact.FirstName;
                case ContactField.LastName: return Schema.Contact.LastName;
                case ContactField.Email: return Schema.Contact.Email;
                case ContactField.Mobile: return Schema.Contact.Mobile;
                case ContactField.Gender: return Schema.Contact.Gender;
                case ContactField.BirthDate: return Schema.Contact.BirthDate;
                case ContactField.GuestId: return Schema.Contact.GuestId;
                case ContactField.DoNotBulkEmail: return Schema.Contact.DoNotBulkEmail;
                case ContactField.ConsentDate: return Schema.Contact.ConsentDate;
                case ContactField.ConsentChannel: return Schema.Contact.ConsentChannel;
                default: throw new ArgumentOutOfRangeException(nameof(field));
            }
        }

        private static object? ValueOf(ContactState contact, ContactField field)
        {
            switch (field)
            {
                case ContactField.FirstName: return contact.FirstName;
                case ContactField.LastName: return contact.LastName;
                case ContactField.Email: return contact.Email;
                case ContactField.Mobile: return contact.Mobile;
                case ContactField.Gender: return GenderCode(contact.Gender);
                case ContactField.BirthDate: return contact.BirthDate;
                case ContactField.GuestId: return contact.GuestId;
                case ContactField.DoNotBulkEmail: return contact.DoNotBulkEmail;
                case ContactField.ConsentDate: return contact.ConsentDate;
                case ContactField.ConsentChannel: return contact.ConsentChannel;
                default: throw new ArgumentOutOfRangeException(nameof(field));
            }
        }

        private static OptionSetValue? GenderCode(Gender gender) =>
            gender == Gender.Male ? new OptionSetValue(Schema.Contact.Male) : gender == Gender.Female ? new OptionSetValue(Schema.Contact.Female) : null;

        private static Gender GenderOf(OptionSetValue? code) =>
            code?.Value == Schema.Contact.Male ? Gender.Male : code?.Value == Schema.Contact.Female ? Gender.Female : Gender.NotStated;
    }
}
