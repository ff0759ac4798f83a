using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>An entity's column values keyed by logical name (ordinal, case-sensitive, as in Dataverse).</summary>
    [CollectionDataContract(Name = "AttributeCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class AttributeCollection : DataCollection<string, object>
    {
        public AttributeCollection()
        {
        }

        // Microsoft's sealed type declares this protected internal constructor; keep it for an identical surface.
#pragma warning disable CS0628
        protected internal AttributeCollection(IDictionary<string, object> collection)
            : base(collection)
        {
        }
#pragma warning restore CS0628
    }
}
