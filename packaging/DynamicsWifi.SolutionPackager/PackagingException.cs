using System;
using System.Collections.Generic;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>The solution cannot be packaged as it stands; the message lists every reason found.</summary>
    public sealed class PackagingException : Exception
    {
        public PackagingException(IReadOnlyList<string> problems)
            : base("The solution was not packaged:" + Environment.NewLine + "  - " + string.Join(Environment.NewLine + "  - ", problems))
        {
            Problems = problems;
        }

        public PackagingException(string problem)
            : this(new[] { problem })
        {
        }

        public IReadOnlyList<string> Problems { get; }
    }
}
