using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Names a custom activity's argument as the process designer shows it.</summary>
    public abstract class ParameterAttribute : Attribute
    {
        protected ParameterAttribute(string name)
        {
            Name = name;
        }

        /// <summary>The argument's display name.</summary>
        public string Name { get; }
    }
}
