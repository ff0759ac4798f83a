#if !NETFRAMEWORK
using System;

namespace System.ServiceModel
{
    // net10.0 has no WCF; this stands in so IOrganizationService carries the same contract metadata on both targets.
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, Inherited = false)]
    internal sealed class ServiceContractAttribute : Attribute
    {
        public string Name { get; set; }

        public string Namespace { get; set; }
    }
}
#endif
