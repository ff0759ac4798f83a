using System;
using DynamicsWifi.Plugins.Identity;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Contact rows to the typed values the identity rules take, and decisions back onto the row.</summary>
    public static class ContactMapping
    {
        /// <summary>The contact as it will be saved: a column in the Target wins over the pre-image (Update sends
        /// only the changed columns); on Create there is no pre-image.</summary>
        public static ContactIdentityChange ToIdentityChange(Guid contactId, Entity target, Entity? preImage)
        {
            return new ContactIdentityChange(
                contactId,
                Latest(target, preImage, Schema.Contact.Email),
                Latest(target, preImage, Schema.Contact.Mobile),
                Latest(target, preImage, Schema.Contact.IdentityKey));
        }

        public static void ApplyIdentityKey(Entity target, IdentityKeyDecision decision)
        {
            if (decision.ChangesKey)
            {
                target[Schema.Contact.IdentityKey] = decision.NewKey?.Value;
            }
        }

        private static string? Latest(Entity target, Entity? preImage, string column)
        {
            if (target.Contains(column))
            {
                return target.GetAttributeValue<string>(column);
            }

            return preImage?.GetAttributeValue<string>(column);
        }
    }
}
