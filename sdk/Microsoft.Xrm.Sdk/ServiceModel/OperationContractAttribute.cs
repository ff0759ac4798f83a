#if !NETFRAMEWORK
using System;

namespace System.ServiceModel
{
    // net10.0 has no WCF; this stands in so IOrganizationService carries the same contract metadata on both targets.
    [AttributeUsage(AttributeTargets.Method)]
    internal sealed class OperationContractAttribute : Attribute
    {
    }
}
#endif
