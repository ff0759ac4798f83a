using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A message sent to the organization service's Execute: its name and named parameters.</summary>
    [DataContract(Name = "OrganizationRequest", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class OrganizationRequest : IExtensibleDataObject
    {
        private ParameterCollection _parameters;

        public OrganizationRequest()
        {
        }

        public OrganizationRequest(string requestName)
        {
            RequestName = requestName;
        }

        [DataMember]
        public ParameterCollection Parameters
        {
            get => _parameters ?? (_parameters = new ParameterCollection());
            set => _parameters = value;
        }

        [DataMember]
        public Guid? RequestId { get; set; }

        [DataMember]
        public string RequestName { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        /// <summary>Reads or writes Parameters; reading a missing parameter throws KeyNotFoundException.</summary>
        public object this[string parameterName]
        {
            get => Parameters[parameterName];
            set => Parameters[parameterName] = value;
        }

        // Typed requests read their parameters through this: a parameter not set reads as default(T), as Microsoft's typed messages do.
        internal T Get<T>(string parameterName)
        {
            return Parameters.TryGetValue(parameterName, out var value) && value != null ? (T)value : default;
        }
    }
}
