using System;
using System.Runtime.Serialization;

// Mirrors of reference lines about members: constants, statics, operators, generics, out, defaults, extensions.
namespace DynamicsWifi.Sdk.Tests.Surface.Fixtures.Microsoft.Xrm.Sdk
{
    public class KnownTypesResolver
    {
        public const string XrmContracts2011 = "http://schemas.microsoft.com/xrm/2011/Contracts";
    }

    public static class ClaimTypes
    {
        public static readonly string Organization = "organization";
    }

    public class Entity
    {
        public bool TryGetAttributeValue<T>(string attributeKey, out T result)
        {
            result = default!;
            return false;
        }

        public T ToEntity<T>()
            where T : Entity => throw new NotSupportedException();
    }
}

namespace DynamicsWifi.Sdk.Tests.Surface.Fixtures.Microsoft.Xrm.Sdk.Metadata
{
    public class DoubleAttributeMetadata
    {
        public const double MaxSupportedValue = 100000000000;
    }

    public class BigIntAttributeMetadata
    {
        public const long MinSupportedValue = long.MinValue;
    }

    public class DateTimeAttributeMetadata
    {
        public static DateTime MaxSupportedValue => DateTime.MaxValue;
    }

    public sealed class StringFormatName
    {
        public static implicit operator StringFormatName(string formatName) => new StringFormatName();
    }

    [DataContract(Name = "ConstantsBase", Namespace = "http://schemas.microsoft.com/xrm/2013/Metadata")]
    public abstract class ConstantsBase<T> : IExtensibleDataObject
    {
        public ExtensionDataObject? ExtensionData { get; set; }

        protected static T2 Add<T2>(T value)
            where T2 : ConstantsBase<T>, new() => new T2();
    }
}

namespace DynamicsWifi.Sdk.Tests.Surface.Fixtures.Microsoft.Xrm.Sdk.PluginTelemetry
{
    public class EventId
    {
        public EventId(int id, string? name = null)
        {
            Id = id;
            Name = name;
        }

        public int Id { get; }

        public string? Name { get; }
    }
}

namespace DynamicsWifi.Sdk.Tests.Surface.Fixtures.Microsoft.Xrm.Sdk.Extensions
{
    public static class ServiceProviderExtensions
    {
        public static T Get<T>(this IServiceProvider serviceProvider) => (T)serviceProvider.GetService(typeof(T))!;
    }
}

namespace DynamicsWifi.Sdk.Tests.Surface.Fixtures.Microsoft.Xrm.Sdk.Workflow
{
    [Serializable]
    public struct XrmTimeSpan
    {
        public static readonly XrmTimeSpan Zero;

        public override bool Equals(object? obj) => obj is XrmTimeSpan;

        public override int GetHashCode() => 0;
    }
}
