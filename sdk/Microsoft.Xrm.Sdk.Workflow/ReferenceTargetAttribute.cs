using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Names the table an EntityReference argument of a custom workflow activity refers to.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class ReferenceTargetAttribute : Attribute
    {
        public ReferenceTargetAttribute(string entityName)
        {
            EntityName = entityName;
        }

        /// <summary>The table's logical name.</summary>
        public string EntityName { get; }
    }
}
