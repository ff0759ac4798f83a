using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>
    /// Reads the plug-in assembly without loading it (a net462 assembly cannot be loaded into this process
    /// anyway): its strong name, its references and every concrete class that implements
    /// Microsoft.Xrm.Sdk.IPlugin, or derives from System.Activities.CodeActivity (a custom workflow activity, registered
    /// as a PluginType too), directly or through base classes and interfaces declared in the assembly.
    /// </summary>
    public static class PluginAssemblyReader
    {
        private const string SdkNamespace = "Microsoft.Xrm.Sdk";
        private const string PluginInterface = "IPlugin";
        private const string ActivitiesNamespace = "System.Activities";
        private const string WorkflowActivityBase = "CodeActivity";

        public static PluginAssemblyInfo Read(byte[] peImage)
        {
            using var pe = new PEReader(new MemoryStream(peImage, writable: false));
            if (!pe.HasMetadata)
            {
                throw new PackagingException("The plug-in assembly file is not a .NET assembly.");
            }

            var metadata = pe.GetMetadataReader();
            var definition = metadata.GetAssemblyDefinition();
            var publicKey = metadata.GetBlobBytes(definition.PublicKey);
            var identity = new AssemblyIdentity(
                metadata.GetString(definition.Name),
                definition.Version,
                CultureOrNeutral(metadata.GetString(definition.Culture)),
                publicKey.Length == 0 ? "null" : PublicKeyToken.Of(publicKey));

            var signed = (pe.PEHeaders.CorHeader!.Flags & CorFlags.StrongNameSigned) != 0 && StrongNameSignature.IsValid(peImage);
            return new PluginAssemblyInfo(identity, publicKey, signed, FindPluginTypes(metadata), ReadReferences(metadata));
        }

        private static IReadOnlyList<AssemblyIdentity> ReadReferences(MetadataReader metadata)
        {
            return metadata.AssemblyReferences
                .Select(metadata.GetAssemblyReference)
                .Select(reference =>
                {
                    var keyOrToken = metadata.GetBlobBytes(reference.PublicKeyOrToken);
                    var token = keyOrToken.Length == 0 ? "null"
                        : (reference.Flags & AssemblyFlags.PublicKey) != 0 ? PublicKeyToken.Of(keyOrToken)
                        : Convert.ToHexString(keyOrToken).ToLowerInvariant();
                    return new AssemblyIdentity(metadata.GetString(reference.Name), reference.Version, CultureOrNeutral(metadata.GetString(reference.Culture)), token);
                })
                .OrderBy(reference => reference.Name, StringComparer.Ordinal)
                .ToList();
        }

        private static IReadOnlyList<string> FindPluginTypes(MetadataReader metadata)
        {
            var pluginTypes = new List<string>();
            foreach (var handle in metadata.TypeDefinitions)
            {
                var type = metadata.GetTypeDefinition(handle);
                var isConcreteClass = (type.Attributes & (TypeAttributes.Interface | TypeAttributes.Abstract)) == 0;
                if (isConcreteClass && ImplementsPlugin(metadata, handle, new HashSet<TypeDefinitionHandle>()))
                {
                    pluginTypes.Add(FullName(metadata, type));
                }
            }

            pluginTypes.Sort(StringComparer.Ordinal);
            return pluginTypes;
        }

        private static bool ImplementsPlugin(MetadataReader metadata, TypeDefinitionHandle handle, HashSet<TypeDefinitionHandle> visited)
        {
            if (!visited.Add(handle))
            {
                return false;
            }

            var type = metadata.GetTypeDefinition(handle);
            foreach (var implementation in type.GetInterfaceImplementations())
            {
                if (IsPluginOrDerived(metadata, metadata.GetInterfaceImplementation(implementation).Interface, visited))
                {
                    return true;
                }
            }

            return IsPluginOrDerived(metadata, type.BaseType, visited);
        }

        private static bool IsPluginOrDerived(MetadataReader metadata, EntityHandle handle, HashSet<TypeDefinitionHandle> visited)
        {
            if (handle.IsNil)
            {
                return false;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeReference:
                    var reference = metadata.GetTypeReference((TypeReferenceHandle)handle);
                    return (metadata.StringComparer.Equals(reference.Namespace, SdkNamespace) && metadata.StringComparer.Equals(reference.Name, PluginInterface))
                        || (metadata.StringComparer.Equals(reference.Namespace, ActivitiesNamespace) && metadata.StringComparer.Equals(reference.Name, WorkflowActivityBase));
                case HandleKind.TypeDefinition:
                    return ImplementsPlugin(metadata, (TypeDefinitionHandle)handle, visited);
                case HandleKind.TypeSpecification:
                    return IsPluginOrDerived(metadata, GenericTypeDefinition(metadata, (TypeSpecificationHandle)handle), visited);
                default:
                    return false;
            }
        }

        private static EntityHandle GenericTypeDefinition(MetadataReader metadata, TypeSpecificationHandle handle)
        {
            var signature = metadata.GetBlobReader(metadata.GetTypeSpecification(handle).Signature);
            if (signature.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
            {
                return default;
            }

            signature.ReadSignatureTypeCode();
            return signature.ReadTypeHandle();
        }

        private static string FullName(MetadataReader metadata, TypeDefinition type)
        {
            var name = metadata.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return FullName(metadata, metadata.GetTypeDefinition(declaring)) + "+" + name;
            }

            var ns = metadata.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        private static string CultureOrNeutral(string culture) => culture.Length == 0 ? "neutral" : culture;
    }
}
