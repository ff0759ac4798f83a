using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The optional parameters Dataverse accepts on any request (learn.microsoft.com/power-apps/developer/data-platform/optional-parameters)
    /// that the emulator honours: <c>tag</c>, a client's value that every step of the operation finds as
    /// SharedVariables["tag"]. A custom API accepts them without declaring them.</summary>
    internal static class OptionalParameters
    {
        public const string Tag = "tag";

        public static bool IsOne(string parameterName) => string.Equals(parameterName, Tag, StringComparison.Ordinal);

        /// <summary>A message the platform sends to carry out <paramref name="outer"/> (Upsert's Create, CreateMultiple's
        /// items) is part of the same operation: it carries the outer request's tag.</summary>
        public static OrganizationRequest CarriedInto(OrganizationRequest outer, OrganizationRequest inner)
        {
            if (outer.Parameters.TryGetValue(Tag, out var tag) && !inner.Parameters.ContainsKey(Tag))
            {
                inner.Parameters[Tag] = tag;
            }

            return inner;
        }
    }
}
