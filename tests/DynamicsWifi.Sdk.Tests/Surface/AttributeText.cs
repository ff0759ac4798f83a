using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>Finds and writes custom attributes; only the contract attributes the reference README lists are shown.</summary>
    internal static class AttributeText
    {
        private static readonly HashSet<string> Shown = new HashSet<string>(StringComparer.Ordinal)
        {
            "System.Runtime.Serialization.DataContractAttribute",
            "System.Runtime.Serialization.CollectionDataContractAttribute",
            "System.Runtime.Serialization.DataMemberAttribute",
            "System.Runtime.Serialization.EnumMemberAttribute",
            "System.Runtime.Serialization.IgnoreDataMemberAttribute",
            "System.ServiceModel.ServiceContractAttribute",
            "System.ServiceModel.OperationContractAttribute",
            "System.FlagsAttribute",
            "System.ObsoleteAttribute",
        };

        /// <summary>The shown attributes as <c>[Name(positional, Named=value)]</c> segments, sorted.</summary>
        public static IEnumerable<string> Segments(MetadataReader reader, CustomAttributeHandleCollection attributes) =>
            attributes
                .Select(reader.GetCustomAttribute)
                .Select(attribute => (attribute, type: TypeOf(reader, attribute)))
                .Where(pair => Shown.Contains(pair.type))
                .Select(pair => Format(pair.type, pair.attribute.DecodeValue(SignatureTypeNames.Instance)))
                .OrderBy(text => text, StringComparer.Ordinal);

        public static bool Has(MetadataReader reader, CustomAttributeHandleCollection attributes, string attributeType) =>
            attributes.Any(handle => TypeOf(reader, reader.GetCustomAttribute(handle)) == attributeType);

        public static CustomAttributeValue<string>? Find(MetadataReader reader, CustomAttributeHandleCollection attributes, string attributeType)
        {
            foreach (var handle in attributes)
            {
                var attribute = reader.GetCustomAttribute(handle);
                if (TypeOf(reader, attribute) == attributeType)
                {
                    return attribute.DecodeValue(SignatureTypeNames.Instance);
                }
            }

            return null;
        }

        private static string TypeOf(MetadataReader reader, CustomAttribute attribute)
        {
            var owner = attribute.Constructor.Kind switch
            {
                HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
                HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
                _ => default(EntityHandle),
            };
            return owner.Kind is HandleKind.TypeDefinition or HandleKind.TypeReference or HandleKind.TypeSpecification
                ? SignatureTypeNames.Instance.Of(reader, owner)
                : string.Empty;
        }

        private static string Format(string type, CustomAttributeValue<string> value)
        {
            var name = type.Substring(type.LastIndexOf('.') + 1);
            name = name.Substring(0, name.Length - "Attribute".Length);
            var arguments = value.FixedArguments.Select(Argument)
                .Concat(value.NamedArguments.OrderBy(named => named.Name, StringComparer.Ordinal).Select(named => named.Name + "=" + Argument(named)))
                .ToList();
            return arguments.Count == 0 ? "[" + name + "]" : "[" + name + "(" + string.Join(", ", arguments) + ")]";
        }

        private static string Argument(CustomAttributeTypedArgument<string> argument) => argument.Value switch
        {
            ImmutableArray<CustomAttributeTypedArgument<string>> items => "{" + string.Join(", ", items.Select(Argument)) + "}",
            string typeName when argument.Type == "System.Type" => "typeof(" + typeName + ")",
            var other => LiteralText.Of(other),
        };

        private static string Argument(CustomAttributeNamedArgument<string> argument) =>
            Argument(new CustomAttributeTypedArgument<string>(argument.Type, argument.Value));
    }
}
