using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Registration;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>A custom API's contract with its callers (learn.microsoft.com/power-apps/developer/data-platform/custom-api):
    /// every parameter declared, every required one present, each of its declared type; the response carries the
    /// declared properties the main plug-in set.</summary>
    internal static class CustomApiCall
    {
        private static readonly IReadOnlyDictionary<CustomApiFieldType, Type> ClrTypes = new Dictionary<CustomApiFieldType, Type>
        {
            [CustomApiFieldType.Boolean] = typeof(bool),
            [CustomApiFieldType.DateTime] = typeof(DateTime),
            [CustomApiFieldType.Decimal] = typeof(decimal),
            [CustomApiFieldType.Entity] = typeof(Entity),
            [CustomApiFieldType.EntityCollection] = typeof(EntityCollection),
            [CustomApiFieldType.EntityReference] = typeof(EntityReference),
            [CustomApiFieldType.Float] = typeof(double),
            [CustomApiFieldType.Integer] = typeof(int),
            [CustomApiFieldType.Money] = typeof(Money),
            [CustomApiFieldType.Picklist] = typeof(OptionSetValue),
            [CustomApiFieldType.String] = typeof(string),
            [CustomApiFieldType.StringArray] = typeof(string[]),
            [CustomApiFieldType.Guid] = typeof(Guid),
        };

        public static void ValidateRequest(CustomApiDefinition api, OrganizationRequest request)
        {
            var declared = api.RequestParameters.ToDictionary(parameter => parameter.UniqueName, StringComparer.Ordinal);
            foreach (var (name, value) in request.Parameters)
            {
                // Target is the implicit parameter of a bound API; optional parameters are accepted by every message.
                if ((api.BindingType != 0 && name == "Target") || OptionalParameters.IsOne(name))
                {
                    continue;
                }

                if (!declared.TryGetValue(name, out var parameter))
                {
                    throw DataverseFaults.UnknownParameter(api.UniqueName, name);
                }

                if (value != null && !ClrTypes[parameter.Type].IsInstanceOfType(value))
                {
                    throw DataverseFaults.ParameterType(api.UniqueName, name, parameter.Type.ToString(), value.GetType().Name);
                }
            }

            foreach (var required in api.RequestParameters.Where(parameter => !parameter.IsOptional))
            {
                if (!request.Parameters.TryGetValue(required.UniqueName, out var value) || value == null)
                {
                    throw DataverseFaults.MissingParameter(api.UniqueName, required.UniqueName);
                }
            }
        }

        public static OrganizationResponse Response(CustomApiDefinition api, ParameterCollection outputs)
        {
            var response = new OrganizationResponse { ResponseName = api.UniqueName };
            foreach (var property in api.ResponseProperties)
            {
                if (!outputs.TryGetValue(property.UniqueName, out var value) || value == null)
                {
                    continue;
                }

                if (!ClrTypes[property.Type].IsInstanceOfType(value))
                {
                    throw DataverseFaults.ResponsePropertyType(api.UniqueName, property.UniqueName, property.Type.ToString(), value.GetType().Name);
                }

                response.Results[property.UniqueName] = value;
            }

            return response;
        }

        /// <summary>A stable id for a custom API's main operation, so its plug-in instance is cached like a step's.</summary>
        public static Guid MainOperationStepId(CustomApiDefinition api)
        {
            using var md5 = System.Security.Cryptography.MD5.Create();
            return new Guid(md5.ComputeHash(System.Text.Encoding.UTF8.GetBytes("customapi:" + api.UniqueName)));
        }
    }
}
