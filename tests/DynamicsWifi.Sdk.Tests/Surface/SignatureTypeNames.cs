using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>Writes types in documentation-comment ID notation: <c>System.Nullable{System.Int32}</c>, <c>`0</c>, <c>``0</c>, <c>T@</c>.</summary>
    /// <remarks>Keys and details share this notation; details turn the trailing <c>@</c> of a by-ref parameter into ref/out/in.</remarks>
    internal sealed class SignatureTypeNames : ISignatureTypeProvider<string, object?>, ICustomAttributeTypeProvider<string>
    {
        public static readonly SignatureTypeNames Instance = new SignatureTypeNames();

        // Enums that the shown attributes take as named arguments (ServiceContract, OperationContract), all int-backed.
        private static readonly HashSet<string> KnownInt32Enums = new HashSet<string>(StringComparer.Ordinal)
        {
            "System.Net.Security.ProtectionLevel",
            "System.ServiceModel.SessionMode",
        };

        private SignatureTypeNames()
        {
        }

        public string Of(MetadataReader reader, EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeDefinition => GetTypeFromDefinition(reader, (TypeDefinitionHandle)handle, 0),
            HandleKind.TypeReference => GetTypeFromReference(reader, (TypeReferenceHandle)handle, 0),
            HandleKind.TypeSpecification => GetTypeFromSpecification(reader, null, (TypeSpecificationHandle)handle, 0),
            _ => throw new BadImageFormatException($"A type handle was expected, found {handle.Kind}."),
        };

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeDefinition(handle);
            var name = reader.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return GetTypeFromDefinition(reader, declaring, rawTypeKind) + "." + name;
            }

            return Qualify(reader.GetString(type.Namespace), name);
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeReference(handle);
            var name = reader.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return GetTypeFromReference(reader, (TypeReferenceHandle)type.ResolutionScope, rawTypeKind) + "." + name;
            }

            return Qualify(reader.GetString(type.Namespace), name);
        }

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        /// <summary>Spreads the arguments over the generic segments: <c>Outer`1.Inner`1</c> becomes <c>Outer{A}.Inner{B}</c>.</summary>
        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            var segments = genericType.Split('.');
            var used = 0;
            for (var i = 0; i < segments.Length; i++)
            {
                var tick = segments[i].IndexOf('`');
                if (tick <= 0 || !int.TryParse(segments[i].Substring(tick + 1), out var arity))
                {
                    continue;
                }

                segments[i] = segments[i].Substring(0, tick) + "{" + string.Join(",", typeArguments.Skip(used).Take(arity)) + "}";
                used += arity;
            }

            return string.Join(".", segments);
        }

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape)
        {
            var dimensions = Enumerable.Range(0, shape.Rank).Select(i =>
                (i < shape.LowerBounds.Length ? shape.LowerBounds[i] : 0) + ":" + (i < shape.Sizes.Length ? shape.Sizes[i].ToString() : string.Empty));
            return elementType + "[" + string.Join(",", dimensions) + "]";
        }

        public string GetByReferenceType(string elementType) => elementType + "@";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetFunctionPointerType(MethodSignature<string> signature) =>
            "=FUNC:" + signature.ReturnType + "(" + string.Join(",", signature.ParameterTypes) + ")";

        public string GetGenericTypeParameter(object? genericContext, int index) => "`" + index;

        public string GetGenericMethodParameter(object? genericContext, int index) => "``" + index;

        public string GetSystemType() => "System.Type";

        public bool IsSystemType(string type) => type == "System.Type";

        public string GetTypeFromSerializedName(string name)
        {
            var assemblyQualifier = name.IndexOf(", ", StringComparison.Ordinal);
            return (assemblyQualifier < 0 ? name : name.Substring(0, assemblyQualifier)).Replace('+', '.');
        }

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => KnownInt32Enums.Contains(type)
            ? PrimitiveTypeCode.Int32
            : throw new NotSupportedException($"Attribute argument of enum type {type}: add it to SignatureTypeNames.KnownInt32Enums with its underlying type.");

        private static string Qualify(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
    }
}
