using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The response to a CreateRequest: the new record's id.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class CreateResponse : OrganizationResponse
    {
        public CreateResponse()
        {
        }

        public Guid id => Get<Guid>("id");
    }
}
