using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>Lists an assembly's public surface in the format of shared/reference/sdk-surface/README.md, from metadata only.</summary>
    /// <remarks>Nothing is loaded, so a net462 build is read from net10.0 exactly as it was compiled.</remarks>
    internal static class SurfaceLister
    {
        // TypeAttributes.Serializable (0x2000), the [Serializable] pseudo-attribute; the enum member is obsolete on .NET (SYSLIB0050).
        private const TypeAttributes SerializableFlag = (TypeAttributes)0x2000;

        /// <summary>The header comment, then one <c>key TAB details</c> line per type or member, sorted ordinally.</summary>
        public static IReadOnlyList<string> List(string assemblyPath)
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();

            var lines = new List<string>();
            foreach (var handle in reader.TypeDefinitions)
            {
                var type = reader.GetTypeDefinition(handle);
                if (TypeAccess(reader, type) is { } access)
                {
                    lines.Add(TypeLine(reader, handle, type, access));
                    lines.AddRange(new MemberLines(reader, handle).All());
                }
            }

            lines.AddRange(Forwarders(reader));
            lines.Sort(StringComparer.Ordinal);
            lines.Insert(0, Header(reader));
            return lines;
        }

        /// <summary>The access of a type visible outside its assembly (a nested type only if its outer types are), else null.</summary>
        private static string? TypeAccess(MetadataReader reader, TypeDefinition type)
        {
            var own = (type.Attributes & TypeAttributes.VisibilityMask) switch
            {
                TypeAttributes.Public or TypeAttributes.NestedPublic => "public",
                TypeAttributes.NestedFamily => "protected",
                TypeAttributes.NestedFamORAssem => "protected internal",
                _ => null,
            };
            var declaring = type.GetDeclaringType();
            return own == null || declaring.IsNil || TypeAccess(reader, reader.GetTypeDefinition(declaring)) != null ? own : null;
        }

        private static string Header(MetadataReader reader)
        {
            var assembly = reader.GetAssemblyDefinition();
            var culture = reader.GetString(assembly.Culture);
            var fileVersion = AttributeText.Find(reader, assembly.GetCustomAttributes(), "System.Reflection.AssemblyFileVersionAttribute");
            return "# assembly " + reader.GetString(assembly.Name)
                + ", Version=" + assembly.Version
                + ", Culture=" + (culture.Length == 0 ? "neutral" : culture)
                + ", PublicKeyToken=" + PublicKeyToken.Of(reader.GetBlobBytes(assembly.PublicKey))
                + "; file version " + (fileVersion?.FixedArguments[0].Value as string ?? "none");
        }

        private static string TypeLine(MetadataReader reader, TypeDefinitionHandle handle, TypeDefinition type, string access)
        {
            var names = SignatureTypeNames.Instance;
            var baseType = type.BaseType.IsNil ? null : names.Of(reader, type.BaseType);
            var kind = (type.Attributes & TypeAttributes.Interface) != 0 ? "interface"
                : baseType == "System.Enum" ? "enum"
                : baseType == "System.ValueType" ? "struct"
                : baseType == "System.MulticastDelegate" ? "delegate"
                : "class";

            var head = new List<string> { access };
            if (kind == "class")
            {
                var isAbstract = (type.Attributes & TypeAttributes.Abstract) != 0;
                var isSealed = (type.Attributes & TypeAttributes.Sealed) != 0;
                head.AddRange(isAbstract && isSealed ? new[] { "static" } : isAbstract ? new[] { "abstract" } : isSealed ? new[] { "sealed" } : Array.Empty<string>());
            }

            if ((type.Attributes & SerializableFlag) != 0)
            {
                head.Add("serializable");
            }

            head.Add(kind);
            var segments = new List<string> { string.Join(" ", head) };
            if (kind == "class" && baseType != null)
            {
                segments.Add("base " + baseType);
            }

            if (kind == "enum")
            {
                var valueField = type.GetFields().Select(reader.GetFieldDefinition).First(field => (field.Attributes & FieldAttributes.Static) == 0);
                segments.Add("underlying " + valueField.DecodeSignature(names, null));
            }

            var interfaces = type.GetInterfaceImplementations()
                .Select(implementation => reader.GetInterfaceImplementation(implementation).Interface)
                .Where(implemented => IsVisible(reader, implemented))
                .Select(implemented => names.Of(reader, implemented))
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToList();
            if (interfaces.Count > 0)
            {
                segments.Add("implements " + string.Join(", ", interfaces));
            }

            if (GenericText.Of(reader, type.GetGenericParameters()) is { } generic)
            {
                segments.Add(generic);
            }

            segments.AddRange(AttributeText.Segments(reader, type.GetCustomAttributes()));
            return "T:" + names.GetTypeFromDefinition(reader, handle, 0) + "\t" + string.Join("; ", segments);
        }

        /// <summary>Interfaces defined here count only if visible; those of other assemblies are taken as visible.</summary>
        private static bool IsVisible(MetadataReader reader, EntityHandle implemented)
        {
            if (implemented.Kind == HandleKind.TypeSpecification)
            {
                var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)implemented).Signature);
                if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
                {
                    return true;
                }

                blob.ReadSignatureTypeCode();
                implemented = blob.ReadTypeHandle();
            }

            return implemented.Kind != HandleKind.TypeDefinition
                || TypeAccess(reader, reader.GetTypeDefinition((TypeDefinitionHandle)implemented)) != null;
        }

        private static IEnumerable<string> Forwarders(MetadataReader reader)
        {
            foreach (var handle in reader.ExportedTypes)
            {
                var exported = reader.GetExportedType(handle);
                if (exported.IsForwarder && exported.Implementation.Kind == HandleKind.AssemblyReference)
                {
                    var target = reader.GetAssemblyReference((AssemblyReferenceHandle)exported.Implementation);
                    yield return "T:" + ExportedName(reader, exported) + "\tforwarded; to " + reader.GetString(target.Name);
                }
            }
        }

        private static string ExportedName(MetadataReader reader, ExportedType exported)
        {
            var name = reader.GetString(exported.Name);
            if (exported.Implementation.Kind == HandleKind.ExportedType)
            {
                return ExportedName(reader, reader.GetExportedType((ExportedTypeHandle)exported.Implementation)) + "." + name;
            }

            var ns = reader.GetString(exported.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }
    }
}
