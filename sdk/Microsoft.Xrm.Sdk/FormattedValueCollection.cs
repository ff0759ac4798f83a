using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The display strings of an entity's column values, keyed by logical name.</summary>
    [CollectionDataContract(Name = "FormattedValueCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class FormattedValueCollection : DataCollection<string, string>
    {
        public FormattedValueCollection()
        {
        }

        // Microsoft's sealed type declares this protected internal constructor; keep it for an identical surface.
#pragma warning disable CS0628
        protected internal FormattedValueCollection(IDictionary<string, string> collection)
            : base(collection)
        {
        }
#pragma warning restore CS0628
    }
}
