using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The response to a CreateMultipleRequest: the new records' ids, in the order of the targets.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class CreateMultipleResponse : OrganizationResponse
    {
        public CreateMultipleResponse()
        {
        }

        public Guid[] Ids => Get<Guid[]>("Ids");
    }
}
