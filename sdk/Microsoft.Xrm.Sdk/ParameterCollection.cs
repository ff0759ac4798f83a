using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Named values of a request or response, and the input, output and shared variables of an execution context.</summary>
    [CollectionDataContract(Name = "ParameterCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class ParameterCollection : DataCollection<string, object>
    {
        public ParameterCollection()
        {
        }

        protected ParameterCollection(IDictionary<string, object> collection)
            : base(collection)
        {
        }

        public void AddOrUpdateIfNotNull(string key, object obj)
        {
            if (obj != null)
            {
                this[key] = obj;
            }
        }

        /// <summary>Reads a value of type T; false when the key is missing or holds another type.</summary>
        public bool TryGetValue<T>(string key, out T value)
        {
            return ValueOf.TryRead(this, key, out value);
        }
    }
}
