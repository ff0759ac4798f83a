using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The answer of the organization service's Execute: the message name and named results.</summary>
    [DataContract(Name = "OrganizationResponse", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class OrganizationResponse : IExtensibleDataObject
    {
        private ParameterCollection _results;

        public OrganizationResponse()
        {
        }

        // Null on a response built by hand, typed ones included, as in Microsoft's SDK: the service answering sets it.
        [DataMember]
        public string ResponseName { get; set; }

        [DataMember]
        public ParameterCollection Results
        {
            get => _results ?? (_results = new ParameterCollection());
            set => _results = value;
        }

        public ExtensionDataObject ExtensionData { get; set; }

        /// <summary>Reads or writes Results; reading a missing result throws KeyNotFoundException.</summary>
        public object this[string parameterName]
        {
            get => Results[parameterName];
            set => Results[parameterName] = value;
        }

        // Typed responses read their results through this: a result not set reads as default(T).
        internal T Get<T>(string parameterName)
        {
            return Results.TryGetValue(parameterName, out var value) && value != null ? (T)value : default;
        }
    }
}
