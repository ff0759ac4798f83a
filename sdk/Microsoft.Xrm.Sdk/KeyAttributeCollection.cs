using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The alternate key values that identify a record in place of its id.</summary>
    [Serializable]
    [CollectionDataContract(Name = "KeyAttributeCollection", Namespace = "http://schemas.microsoft.com/xrm/7.1/Contracts")]
    public sealed class KeyAttributeCollection : DataCollection<string, object>
    {
        public KeyAttributeCollection()
        {
        }

        // Microsoft's sealed type declares this protected internal constructor; keep it for an identical surface.
#pragma warning disable CS0628
        protected internal KeyAttributeCollection(IDictionary<string, object> collection)
            : base(collection)
        {
        }
#pragma warning restore CS0628
    }
}
