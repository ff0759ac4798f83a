using System.Collections.Generic;

namespace DynamicsWifi.Plugins.Ingest
{
    /// <summary>A contact write the recorder plans: the contact as it should be, and which of its fields changed
    /// (only those are sent, so Dataverse audits and filtered steps see only real changes).</summary>
    public sealed class ContactUpdate
    {
        public ContactUpdate(ContactState contact, IReadOnlyCollection<ContactField> fields)
        {
            Contact = contact;
            Fields = fields;
        }

        public ContactState Contact { get; }

        public IReadOnlyCollection<ContactField> Fields { get; }
    }
}
