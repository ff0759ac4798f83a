using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Marks an InArgument property as an input parameter of a custom workflow activity.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class InputAttribute : ParameterAttribute
    {
        public InputAttribute(string name)
            : base(name)
        {
        }
    }
}
