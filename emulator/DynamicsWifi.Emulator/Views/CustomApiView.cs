using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Views
{
    /// <summary>A custom API the solution defines, read-only: how it is bound and called, and its typed parameters and
    /// response properties.</summary>
    public sealed class CustomApiView
    {
        internal CustomApiView(
            string uniqueName,
            int bindingType,
            string? boundEntityLogicalName,
            bool isFunction,
            bool isPrivate,
            IReadOnlyList<CustomApiFieldView> requestParameters,
            IReadOnlyList<CustomApiFieldView> responseProperties)
        {
            UniqueName = uniqueName;
            BindingType = bindingType;
            BoundEntityLogicalName = boundEntityLogicalName;
            IsFunction = isFunction;
            IsPrivate = isPrivate;
            RequestParameters = requestParameters;
            ResponseProperties = responseProperties;
        }

        /// <summary>The message name, case-sensitive.</summary>
        public string UniqueName { get; }

        /// <summary>0 Global, 1 Entity, 2 EntityCollection.</summary>
        public int BindingType { get; }

        public string? BoundEntityLogicalName { get; }

        /// <summary>A function (Web API GET) rather than an action (POST).</summary>
        public bool IsFunction { get; }

        /// <summary>Left out of $metadata, still callable.</summary>
        public bool IsPrivate { get; }

        public IReadOnlyList<CustomApiFieldView> RequestParameters { get; }

        public IReadOnlyList<CustomApiFieldView> ResponseProperties { get; }
    }
}
