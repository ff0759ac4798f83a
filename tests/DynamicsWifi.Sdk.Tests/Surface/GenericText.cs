using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>Writes the <c>generic</c> segment: <c>generic TKey, TValue</c>, <c>generic T2 : Base{`0}, new()</c>.</summary>
    internal static class GenericText
    {
        public static string? Of(MetadataReader reader, GenericParameterHandleCollection parameters)
        {
            if (parameters.Count == 0)
            {
                return null;
            }

            return "generic " + string.Join(", ", parameters.Select(reader.GetGenericParameter).Select(parameter => Parameter(reader, parameter)));
        }

        private static string Parameter(MetadataReader reader, GenericParameter parameter)
        {
            var attributes = parameter.Attributes;
            var isStruct = (attributes & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0;
            var constraints = new List<string>();
            if ((attributes & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
            {
                constraints.Add("class");
            }

            if (isStruct)
            {
                constraints.Add("struct");
            }

            // C# writes `struct` for the System.ValueType constraint and implied new() that metadata records.
            constraints.AddRange(parameter.GetConstraints()
                .Select(handle => SignatureTypeNames.Instance.Of(reader, reader.GetGenericParameterConstraint(handle).Type))
                .Where(constraint => !(isStruct && constraint == "System.ValueType")));
            if ((attributes & GenericParameterAttributes.DefaultConstructorConstraint) != 0 && !isStruct)
            {
                constraints.Add("new()");
            }

            var name = reader.GetString(parameter.Name);
            return constraints.Count == 0 ? name : name + " : " + string.Join(", ", constraints);
        }
    }
}
