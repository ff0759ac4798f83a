using System;
using DynamicsWifi.Plugins.Consent;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Consent between Dataverse rows and the domain: ledger rows, and the consent columns of a contact.</summary>
    public static class ConsentMapping
    {
        public static readonly string[] LedgerColumns =
        {
            Schema.ConsentChange.EventId, Schema.ConsentChange.Contact, Schema.ConsentChange.GuestId, Schema.ConsentChange.IdentityKey,
            Schema.ConsentChange.Channel, Schema.ConsentChange.Granted, Schema.ConsentChange.ChangedOn, Schema.ConsentChange.Source,
            Schema.ConsentChange.Evidence, Schema.ConsentChange.DeliveryStatus, Schema.ConsentChange.Attempts,
        };

        /// <summary>The contact columns that hold consent; the platform's statements carry the consent date.</summary>
        public static readonly string[] ContactColumns =
        {
            Schema.Contact.DoNotEmail, Schema.Contact.DoNotBulkEmail, Schema.Contact.DoNotPhone, Schema.Contact.ConsentDate,
        };

        public static Entity ToRow(ConsentChange change)
        {
            var row = new Entity(Schema.ConsentChange.Table)
            {
                [Schema.ConsentChange.Name] = change.Title,
                [Schema.ConsentChange.EventId] = change.EventId,
                [Schema.ConsentChange.GuestId] = change.GuestId,
                [Schema.ConsentChange.IdentityKey] = change.IdentityKey,
                [Schema.ConsentChange.Channel] = change.Channel,
                [Schema.ConsentChange.Granted] = change.Granted,
                [Schema.ConsentChange.ChangedOn] = change.ChangedOn,
                [Schema.ConsentChange.Source] = new OptionSetValue(change.Source),
                [Schema.ConsentChange.Evidence] = change.Evidence,
                [Schema.ConsentChange.DeliveryStatus] = new OptionSetValue(change.Status),
                [Schema.ConsentChange.Attempts] = change.Attempts,
            };
            if (change.ContactId.HasValue)
            {
                row[Schema.ConsentChange.Contact] = new EntityReference(Schema.Contact.Table, change.ContactId.Value);
            }

            return row;
        }

        public static ConsentChange FromRow(Entity row) => new ConsentChange
        {
            Id = row.Id,
            EventId = row.GetAttributeValue<string>(Schema.ConsentChange.EventId) ?? string.Empty,
            ContactId = row.GetAttributeValue<EntityReference>(Schema.ConsentChange.Contact)?.Id,
            GuestId = row.GetAttributeValue<string>(Schema.ConsentChange.GuestId),
            IdentityKey = row.GetAttributeValue<string>(Schema.ConsentChange.IdentityKey),
            Channel = row.GetAttributeValue<string>(Schema.ConsentChange.Channel) ?? ConsentChannel.Email,
            Granted = row.GetAttributeValue<bool>(Schema.ConsentChange.Granted),
            ChangedOn = row.GetAttributeValue<DateTime>(Schema.ConsentChange.ChangedOn),
            Source = row.GetAttributeValue<OptionSetValue>(Schema.ConsentChange.Source)?.Value ?? ConsentSource.Dynamics,
            Evidence = row.GetAttributeValue<string>(Schema.ConsentChange.Evidence),
            Status = row.GetAttributeValue<OptionSetValue>(Schema.ConsentChange.DeliveryStatus)?.Value ?? DeliveryStatus.Pending,
            Attempts = row.GetAttributeValue<int>(Schema.ConsentChange.Attempts),
        };

        /// <summary>The consent a contact row holds; absent flags read as off, as Dataverse defaults them.</summary>
        public static ContactConsent ConsentOf(Entity contact) => new ContactConsent
        {
            DoNotEmail = contact.GetAttributeValue<bool>(Schema.Contact.DoNotEmail),
            DoNotBulkEmail = contact.GetAttributeValue<bool>(Schema.Contact.DoNotBulkEmail),
            DoNotPhone = contact.GetAttributeValue<bool>(Schema.Contact.DoNotPhone),
            StatedOn = contact.GetAttributeValue<DateTime?>(Schema.Contact.ConsentDate),
        };

        /// <summary>The consent a save leaves: the pre-image with the Target's values laid over it.</summary>
        public static ContactConsent ConsentAfter(Entity preImage, Entity target)
        {
            var merged = new Entity(Schema.Contact.Table);
            foreach (var column in ContactColumns)
            {
                if (target.Contains(column))
                {
                    merged[column] = target[column];
                }
                else if (preImage.Contains(column))
                {
                    merged[column] = preImage[column];
                }
            }

            return ConsentOf(merged);
        }
    }
}
