#if !NETFRAMEWORK
using System;

namespace System.ServiceModel
{
    /// <summary>A SOAP fault carrying a typed detail, as the organization service raises it (net10.0 stand-in for WCF's type).</summary>
    public class FaultException<TDetail> : Exception
    {
        // WCF's text when a fault is raised without a reason.
        private const string NoReason = "The creator of this fault did not specify a Reason.";

        public FaultException(TDetail detail)
            : base(NoReason)
        {
            Detail = detail;
        }

        public FaultException(TDetail detail, string reason)
            : base(reason ?? NoReason)
        {
            Detail = detail;
        }

        public TDetail Detail { get; }
    }
}
#endif
