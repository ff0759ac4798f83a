using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>The lines of one visible type's public and protected fields, methods, properties and events.</summary>
    internal sealed class MemberLines
    {
        private const string ExtensionAttribute = "System.Runtime.CompilerServices.ExtensionAttribute";

        private static readonly SignatureTypeNames Names = SignatureTypeNames.Instance;

        private readonly MetadataReader _reader;
        private readonly TypeDefinition _type;
        private readonly string _typeKey;
        private readonly bool _isInterface;

        public MemberLines(MetadataReader reader, TypeDefinitionHandle type)
        {
            _reader = reader;
            _type = reader.GetTypeDefinition(type);
            _typeKey = Names.GetTypeFromDefinition(reader, type, 0);
            _isInterface = (_type.Attributes & TypeAttributes.Interface) != 0;
        }

        public IEnumerable<string> All() => Fields().Concat(Methods()).Concat(Properties()).Concat(Events());

        private IEnumerable<string> Fields()
        {
            foreach (var field in _type.GetFields().Select(_reader.GetFieldDefinition))
            {
                var attributes = field.Attributes;
                if (Access(attributes) is not { } access || (attributes & FieldAttributes.RTSpecialName) != 0)
                {
                    continue;
                }

                var isStatic = (attributes & FieldAttributes.Static) != 0;
                var isReadOnly = (attributes & FieldAttributes.InitOnly) != 0;
                var kind = (attributes & FieldAttributes.Literal) != 0 ? "const "
                    : isStatic && isReadOnly ? "static readonly "
                    : isStatic ? "static "
                    : isReadOnly ? "readonly "
                    : string.Empty;
                var segments = new List<string> { access + " " + kind + "field", "type " + field.DecodeSignature(Names, null) };
                if (!field.GetDefaultValue().IsNil)
                {
                    segments.Add("value " + LiteralText.Of(Constant(field.GetDefaultValue())));
                }

                yield return Line("F:", _reader.GetString(field.Name), segments, field.GetCustomAttributes());
            }
        }

        private IEnumerable<string> Methods()
        {
            var accessors = new HashSet<MethodDefinitionHandle>(
                _type.GetProperties().Select(_reader.GetPropertyDefinition).SelectMany(property => Accessors(property.GetAccessors()))
                    .Concat(_type.GetEvents().Select(_reader.GetEventDefinition).SelectMany(@event => Accessors(@event.GetAccessors()))));
            foreach (var handle in _type.GetMethods().Where(handle => !accessors.Contains(handle)))
            {
                var method = _reader.GetMethodDefinition(handle);
                var name = _reader.GetString(method.Name);
                if (Access(method.Attributes) is not { } access || name == ".cctor")
                {
                    continue;
                }

                var signature = method.DecodeSignature(Names, null);
                var isConstructor = name == ".ctor";
                var key = name.Replace('.', '#')
                    + (signature.GenericParameterCount > 0 ? "``" + signature.GenericParameterCount : string.Empty)
                    + KeyParameters(signature.ParameterTypes)
                    + (name is "op_Implicit" or "op_Explicit" ? "~" + signature.ReturnType : string.Empty);
                var segments = new List<string> { Head(access, method.Attributes, isConstructor ? "ctor" : "method") };
                if (!isConstructor)
                {
                    segments.Add("returns " + ByRef(signature.ReturnType, "ref "));
                }

                segments.Add("args (" + Parameters(method, signature.ParameterTypes) + ")");
                if (GenericText.Of(_reader, method.GetGenericParameters()) is { } generic)
                {
                    segments.Add(generic);
                }

                yield return Line("M:", key, segments, method.GetCustomAttributes());
            }
        }

        private IEnumerable<string> Properties()
        {
            foreach (var property in _type.GetProperties().Select(_reader.GetPropertyDefinition))
            {
                var accessors = property.GetAccessors();
                var getter = Visible(accessors.Getter);
                var setter = Visible(accessors.Setter);
                var shown = getter ?? setter;
                if (shown is not { } main)
                {
                    continue;
                }

                var signature = property.DecodeSignature(Names, null);
                var access = Widest(getter?.access, setter?.access);
                var segments = new List<string> { Head(access, main.method.Attributes, "property"), "type " + ByRef(signature.ReturnType, "ref ") };
                if (getter is { } get)
                {
                    segments.Add("get " + get.access);
                }

                if (setter is { } set)
                {
                    segments.Add("set " + set.access);
                }

                if (signature.ParameterTypes.Length > 0)
                {
                    segments.Add("args (" + Parameters(main.method, signature.ParameterTypes) + ")");
                }

                yield return Line("P:", _reader.GetString(property.Name) + KeyParameters(signature.ParameterTypes), segments, property.GetCustomAttributes());
            }
        }

        private IEnumerable<string> Events()
        {
            foreach (var @event in _type.GetEvents().Select(_reader.GetEventDefinition))
            {
                if (Visible(@event.GetAccessors().Adder) is not { } adder)
                {
                    continue;
                }

                var segments = new List<string> { Head(adder.access, adder.method.Attributes, "event"), "type " + Names.Of(_reader, @event.Type) };
                yield return Line("E:", _reader.GetString(@event.Name), segments, @event.GetCustomAttributes());
            }
        }

        private string Line(string prefix, string member, List<string> segments, CustomAttributeHandleCollection attributes) =>
            prefix + _typeKey + "." + member + "\t" + string.Join("; ", segments.Concat(AttributeText.Segments(_reader, attributes)));

        /// <summary><c>access [static] [virtual|override|sealed override|abstract] kind</c>; interface members carry no modifier.</summary>
        private string Head(string access, MethodAttributes attributes, string kind)
        {
            var words = new List<string> { access };
            if ((attributes & MethodAttributes.Static) != 0)
            {
                words.Add("static");
            }

            var newSlot = (attributes & MethodAttributes.VtableLayoutMask) == MethodAttributes.NewSlot;
            var isFinal = (attributes & MethodAttributes.Final) != 0;
            var modifier = _isInterface || (attributes & MethodAttributes.Virtual) == 0 ? null
                : (attributes & MethodAttributes.Abstract) != 0 ? "abstract"
                : newSlot ? (isFinal ? null : "virtual") // virtual final newslot: a non-virtual method implementing an interface
                : isFinal ? "sealed override" : "override";
            if (modifier != null)
            {
                words.Add(modifier);
            }

            words.Add(kind);
            return string.Join(" ", words);
        }

        /// <summary><c>[this ][ref |out |in |params ]type name[ = default]</c>, comma-separated.</summary>
        private string Parameters(MethodDefinition method, IReadOnlyList<string> types)
        {
            var rows = method.GetParameters().Select(_reader.GetParameter).Where(row => row.SequenceNumber > 0).ToDictionary(row => row.SequenceNumber - 1);
            var isExtension = AttributeText.Has(_reader, method.GetCustomAttributes(), ExtensionAttribute);
            return string.Join(", ", types.Select((type, index) =>
            {
                var text = index == 0 && isExtension ? "this " : string.Empty;
                if (!rows.TryGetValue(index, out var row))
                {
                    return text + ByRef(type, "ref ");
                }

                var attributes = row.GetCustomAttributes();
                var byRefPrefix = AttributeText.Has(_reader, attributes, "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "in "
                    : AttributeText.Has(_reader, attributes, "System.Runtime.CompilerServices.RequiresLocationAttribute") ? "ref readonly "
                    : (row.Attributes & (ParameterAttributes.Out | ParameterAttributes.In)) == ParameterAttributes.Out ? "out "
                    : "ref ";
                var isParams = AttributeText.Has(_reader, attributes, "System.ParamArrayAttribute")
                    || AttributeText.Has(_reader, attributes, "System.Runtime.CompilerServices.ParamCollectionAttribute");
                text += (isParams ? "params " : string.Empty) + ByRef(type, byRefPrefix) + " " + _reader.GetString(row.Name);
                return text + DefaultValue(row);
            }));
        }

        private string DefaultValue(Parameter row)
        {
            if ((row.Attributes & ParameterAttributes.HasDefault) != 0)
            {
                return " = " + LiteralText.Of(Constant(row.GetDefaultValue()));
            }

            // A decimal default is not a metadata constant: C# records it in DecimalConstantAttribute(scale, sign, hi, mid, lo).
            if ((row.Attributes & ParameterAttributes.Optional) != 0
                && AttributeText.Find(_reader, row.GetCustomAttributes(), "System.Runtime.CompilerServices.DecimalConstantAttribute") is { } decimalConstant)
            {
                var parts = decimalConstant.FixedArguments.Select(argument => Convert.ToInt64(argument.Value)).ToArray();
                return " = " + LiteralText.Of(new decimal(unchecked((int)parts[4]), unchecked((int)parts[3]), unchecked((int)parts[2]), parts[1] != 0, (byte)parts[0]));
            }

            return string.Empty;
        }

        private object? Constant(ConstantHandle handle)
        {
            var constant = _reader.GetConstant(handle);
            return _reader.GetBlobReader(constant.Value).ReadConstant(constant.TypeCode);
        }

        private (MethodDefinition method, string access)? Visible(MethodDefinitionHandle handle)
        {
            if (handle.IsNil)
            {
                return null;
            }

            var method = _reader.GetMethodDefinition(handle);
            return Access(method.Attributes) is { } access ? (method, access) : null;
        }

        private static string ByRef(string type, string prefix) => type.EndsWith('@') ? prefix + type.Substring(0, type.Length - 1) : type;

        private static string KeyParameters(IReadOnlyCollection<string> types) => types.Count == 0 ? string.Empty : "(" + string.Join(",", types) + ")";

        private static string Widest(string? first, string? second) =>
            new[] { first, second }.OfType<string>().OrderBy(access => access switch { "public" => 0, "protected internal" => 1, _ => 2 }).First();

        private static IEnumerable<MethodDefinitionHandle> Accessors(PropertyAccessors accessors) =>
            new[] { accessors.Getter, accessors.Setter }.Concat(accessors.Others).Where(handle => !handle.IsNil);

        private static IEnumerable<MethodDefinitionHandle> Accessors(EventAccessors accessors) =>
            new[] { accessors.Adder, accessors.Remover, accessors.Raiser }.Concat(accessors.Others).Where(handle => !handle.IsNil);

        private static string? Access(MethodAttributes attributes) => Access((int)(attributes & MethodAttributes.MemberAccessMask));

        private static string? Access(FieldAttributes attributes) => Access((int)(attributes & FieldAttributes.FieldAccessMask));

        // Method and field access share their values: 6 public, 4 family (protected), 5 family-or-assembly (protected internal).
        private static string? Access(int access) => access switch
        {
            (int)MethodAttributes.Public => "public",
            (int)MethodAttributes.Family => "protected",
            (int)MethodAttributes.FamORAssem => "protected internal",
            _ => null,
        };
    }
}
