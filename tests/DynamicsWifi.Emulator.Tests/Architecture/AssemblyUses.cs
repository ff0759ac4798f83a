using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace DynamicsWifi.Emulator.Tests.Architecture
{
    /// <summary>What the types of a compiled assembly use of each other, read from its metadata: every type a type
    /// names in its base type, interfaces, fields, method signatures, local variables, attributes and the instructions
    /// of its method bodies (calls, field accesses, casts, new objects, tokens), and every method or field of the
    /// assembly its bodies reach. A fully qualified name in the source counts as a use as much as a using directive
    /// does; a using nothing needs counts as none. Compiler-made types (lambdas, iterators, closures) belong to the type
    /// that declared them.</summary>
    internal sealed class AssemblyUses
    {
        private static readonly IReadOnlyDictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (OpCode)field.GetValue(null)!)
            .ToDictionary(code => code.Value);

        private readonly MetadataReader _reader;
        private readonly PEReader _pe;
        private readonly HashSet<TypeUse> _types = new();
        private readonly HashSet<MemberUse> _members = new();
        private readonly HashSet<(TypeDefinitionHandle, string)> _reached = new();

        private AssemblyUses(PEReader pe)
        {
            _pe = pe;
            _reader = pe.GetMetadataReader();
        }

        /// <summary>Each type of the assembly using another of its types (outermost types, by full name).</summary>
        public IReadOnlyCollection<TypeUse> Types => _types;

        /// <summary>Each method or field of the assembly reached from a method body of one of its types.</summary>
        public IReadOnlyCollection<MemberUse> Members => _members;

        public static AssemblyUses Of(Assembly assembly)
        {
            using var stream = File.OpenRead(assembly.Location);
            using var pe = new PEReader(stream);
            var uses = new AssemblyUses(pe);
            foreach (var handle in uses._reader.TypeDefinitions)
            {
                uses.Visit(handle);
            }

            return uses;
        }

        private void Visit(TypeDefinitionHandle handle)
        {
            var type = _reader.GetTypeDefinition(handle);
            var uses = new HashSet<TypeDefinitionHandle>();
            var collector = new TypeCollector(uses);
            var context = new GenericContext();

            if (!type.BaseType.IsNil)
            {
                AddType(type.BaseType, uses, collector);
            }

            foreach (var implementation in type.GetInterfaceImplementations())
            {
                AddType(_reader.GetInterfaceImplementation(implementation).Interface, uses, collector);
            }

            AddAttributes(type.GetCustomAttributes(), uses, collector);
            foreach (var field in type.GetFields().Select(_reader.GetFieldDefinition))
            {
                field.DecodeSignature(collector, context);
                AddAttributes(field.GetCustomAttributes(), uses, collector);
            }

            foreach (var method in type.GetMethods().Select(_reader.GetMethodDefinition))
            {
                method.DecodeSignature(collector, context);
                AddAttributes(method.GetCustomAttributes(), uses, collector);
                if (method.RelativeVirtualAddress != 0)
                {
                    AddBody(_pe.GetMethodBody(method.RelativeVirtualAddress), uses, collector);
                }
            }

            var from = OuterName(handle);
            foreach (var used in uses)
            {
                var to = OuterName(used);
                if (from != to)
                {
                    _types.Add(new TypeUse(from, to));
                }
            }

            foreach (var (declaringType, member) in _reached)
            {
                _members.Add(new MemberUse(from, OuterName(declaringType), member));
            }

            _reached.Clear();
        }

        private void AddBody(MethodBodyBlock body, HashSet<TypeDefinitionHandle> uses, TypeCollector collector)
        {
            if (!body.LocalSignature.IsNil)
            {
                _reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(collector, new GenericContext());
            }

            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                var value = (short)il.ReadByte();
                if (value == 0xFE)
                {
                    value = (short)(0xFE00 | il.ReadByte());
                }

                var code = OpCodesByValue[value];
                switch (code.OperandType)
                {
                    case OperandType.InlineType:
                    case OperandType.InlineMethod:
                    case OperandType.InlineField:
                    case OperandType.InlineTok:
                        AddToken(MetadataTokens.EntityHandle(il.ReadInt32()), uses, collector);
                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32();
                        il.Offset += 4 * targets;
                        break;
                    default:
                        il.Offset += OperandSize(code.OperandType);
                        break;
                }
            }
        }

        private void AddToken(EntityHandle handle, HashSet<TypeDefinitionHandle> uses, TypeCollector collector)
        {
            switch (handle.Kind)
            {
                case HandleKind.MethodDefinition:
                    var method = _reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                    uses.Add(method.GetDeclaringType());
                    _reached.Add((method.GetDeclaringType(), _reader.GetString(method.Name)));
                    break;
                case HandleKind.FieldDefinition:
                    var field = _reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                    uses.Add(field.GetDeclaringType());
                    _reached.Add((field.GetDeclaringType(), _reader.GetString(field.Name)));
                    break;
                case HandleKind.MemberReference:
                    var member = _reader.GetMemberReference((MemberReferenceHandle)handle);
                    if (member.Parent.Kind == HandleKind.TypeDefinition)
                    {
                        _reached.Add(((TypeDefinitionHandle)member.Parent, _reader.GetString(member.Name)));
                    }

                    AddToken(member.Parent, uses, collector);
                    break;
                case HandleKind.MethodSpecification:
                    var specification = _reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    AddToken(specification.Method, uses, collector);
                    specification.DecodeSignature(collector, new GenericContext());
                    break;
                default:
                    AddType(handle, uses, collector);
                    break;
            }
        }

        private void AddType(EntityHandle handle, HashSet<TypeDefinitionHandle> uses, TypeCollector collector)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    uses.Add((TypeDefinitionHandle)handle);
                    break;
                case HandleKind.TypeSpecification:
                    _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(collector, new GenericContext());
                    break;
            }
        }

        private void AddAttributes(CustomAttributeHandleCollection attributes, HashSet<TypeDefinitionHandle> uses, TypeCollector collector)
        {
            foreach (var attribute in attributes)
            {
                AddToken(_reader.GetCustomAttribute(attribute).Constructor, uses, collector);
            }
        }

        /// <summary>The full name of the outermost declaring type: a nested or compiler-made type belongs there.</summary>
        private string OuterName(TypeDefinitionHandle handle)
        {
            var type = _reader.GetTypeDefinition(handle);
            while (type.IsNested)
            {
                type = _reader.GetTypeDefinition(type.GetDeclaringType());
            }

            var space = _reader.GetString(type.Namespace);
            return (space.Length == 0 ? string.Empty : space + ".") + _reader.GetString(type.Name);
        }

        private static int OperandSize(OperandType type) => type switch
        {
            OperandType.InlineNone => 0,
            OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
            OperandType.InlineVar => 2,
            OperandType.InlineI8 or OperandType.InlineR => 8,
            _ => 4,
        };

        /// <summary>A type (From) naming another (To), both by full name.</summary>
        public sealed record TypeUse(string From, string To);

        /// <summary>A method body of type From reaching member Member of type Type.</summary>
        public sealed record MemberUse(string From, string Type, string Member);

        private readonly struct GenericContext
        {
        }

        /// <summary>Records every type of this assembly a signature names, generic arguments included.</summary>
        private sealed class TypeCollector : ISignatureTypeProvider<int, GenericContext>
        {
            private readonly HashSet<TypeDefinitionHandle> _uses;

            public TypeCollector(HashSet<TypeDefinitionHandle> uses)
            {
                _uses = uses;
            }

            public int GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
            {
                _uses.Add(handle);
                return 0;
            }

            public int GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => 0;

            public int GetTypeFromSpecification(MetadataReader reader, GenericContext genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
                reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

            public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;

            public int GetSZArrayType(int elementType) => 0;

            public int GetArrayType(int elementType, ArrayShape shape) => 0;

            public int GetByReferenceType(int elementType) => 0;

            public int GetPointerType(int elementType) => 0;

            public int GetPinnedType(int elementType) => 0;

            public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments) => 0;

            public int GetGenericMethodParameter(GenericContext genericContext, int index) => 0;

            public int GetGenericTypeParameter(GenericContext genericContext, int index) => 0;

            public int GetFunctionPointerType(MethodSignature<int> signature) => 0;

            public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => 0;
        }
    }
}
