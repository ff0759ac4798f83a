using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Registration
{
    /// <summary>A custom API (customapis/&lt;uniquename&gt;/customapi.xml with its parameters and properties).</summary>
    internal sealed class CustomApiDefinition
    {
        public CustomApiDefinition(
            string uniqueName,
            int bindingType,
            string? boundEntityLogicalName,
            bool isFunction,
            bool isPrivate,
            int allowedCustomProcessingStepType,
            string? executePrivilegeName,
            string? pluginTypeName,
            IReadOnlyList<CustomApiField> requestParameters,
            IReadOnlyList<CustomApiField> responseProperties)
        {
            UniqueName = uniqueName;
            BindingType = bindingType;
            BoundEntityLogicalName = boundEntityLogicalName;
            IsFunction = isFunction;
            IsPrivate = isPrivate;
            AllowedCustomProcessingStepType = allowedCustomProcessingStepType;
            ExecutePrivilegeName = executePrivilegeName;
            PluginTypeName = pluginTypeName;
            RequestParameters = requestParameters;
            ResponseProperties = responseProperties;
        }

        /// <summary>The message name, case-sensitive.</summary>
        public string UniqueName { get; }

        /// <summary>0 Global, 1 Entity, 2 EntityCollection.</summary>
        public int BindingType { get; }

        public string? BoundEntityLogicalName { get; }

        public bool IsFunction { get; }

        public bool IsPrivate { get; }

        /// <summary>0 None, 1 Async Only, 2 Sync and Async: which steps others may register on the message.</summary>
        public int AllowedCustomProcessingStepType { get; }

        /// <summary>The name of the existing privilege a caller must hold; null when none.</summary>
        public string? ExecutePrivilegeName { get; }

        /// <summary>The main operation's plug-in type (full name); null for a business event with no main plug-in.</summary>
        public string? PluginTypeName { get; }

        public IReadOnlyList<CustomApiField> RequestParameters { get; }

        public IReadOnlyList<CustomApiField> ResponseProperties { get; }
    }
}
