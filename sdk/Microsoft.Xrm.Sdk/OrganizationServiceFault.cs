using System;
using System.Globalization;
using System.Runtime.Serialization;
using System.Text;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The fault detail of a failed organization service call, carried by FaultException&lt;OrganizationServiceFault&gt;.</summary>
    [Serializable]
    [DataContract(Name = "OrganizationServiceFault", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class OrganizationServiceFault : BaseServiceFault
    {
        public OrganizationServiceFault()
        {
        }

        [DataMember]
        public OrganizationServiceFault InnerFault { get; set; }

        [DataMember]
        public string TraceText { get; set; }

        public override string ToString()
        {
            var text = new StringBuilder();
            for (var fault = this; fault != null; fault = fault.InnerFault)
            {
                if (text.Length > 0)
                {
                    text.Append(" ---> ");
                }

                text.Append(string.Format(CultureInfo.InvariantCulture, "0x{0:X8}: {1}", fault.ErrorCode, fault.Message));
            }

            return text.ToString();
        }
    }
}
