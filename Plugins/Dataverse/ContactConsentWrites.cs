using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Ingest;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The batch recording's contact writes with the ledger rows of the consent its logins stated
    /// (<see cref="ContactState.ConsentChanges"/>), for one ExecuteTransaction: the contacts' requests tagged
    /// <see cref="Schema.Tags.ConsentByRecording"/>, so the consent step leaves their changes to the recording, then
    /// one CreateMultiple of the ledger rows. The rows are written exactly when their contacts are, and the batch costs
    /// the same calls whatever the number of changes (a step writing a row per change costs a call each).</summary>
    public static class ContactConsentWrites
    {
        public static IEnumerable<OrganizationRequest> Of(IEnumerable<OrganizationRequest> contactRequests, IEnumerable<ContactState> contacts)
        {
            foreach (var request in contactRequests)
            {
                request[Schema.Tags.Tag] = Schema.Tags.ConsentByRecording;
                yield return request;
            }

            var rows = contacts.SelectMany(contact => contact.ConsentChanges).Select(ConsentMapping.ToRow);
            foreach (var request in BulkWrites.CreateRequests(Schema.ConsentChange.Table, rows))
            {
                yield return request;
            }
        }
    }
}
