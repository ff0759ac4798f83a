using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Marks an OutArgument property as an output parameter of a custom workflow activity.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class OutputAttribute : ParameterAttribute
    {
        public OutputAttribute(string name)
            : base(name)
        {
        }
    }
}
