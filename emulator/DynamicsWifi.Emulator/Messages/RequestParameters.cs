using DynamicsWifi.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>Reads a request's parameters by Dataverse's names, refusing a missing or mistyped required one.</summary>
    internal static class RequestParameters
    {
        public static T Required<T>(OrganizationRequest request, string name)
            where T : class
        {
            if (request.Parameters.TryGetValue(name, out var value) && value is T typed)
            {
                return typed;
            }

            throw DataverseFaults.InvalidArgument("Required field '" + name + "' is missing or is not of type " + typeof(T).Name + ".");
        }

        /// <summary>The parameter when present and of type T, else null: for describing a request, never for refusing it.</summary>
        public static T? Peek<T>(OrganizationRequest request, string name)
            where T : class
        {
            return request.Parameters.TryGetValue(name, out var value) ? value as T : null;
        }

        public static T? Optional<T>(OrganizationRequest request, string name)
            where T : struct
        {
            return request.Parameters.TryGetValue(name, out var value) && value is T typed ? typed : (T?)null;
        }
    }
}
