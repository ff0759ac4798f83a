using System;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>Unique short values for key columns, so tests sharing a host never collide.</summary>
    internal static class Codes
    {
        public static string New() => Guid.NewGuid().ToString("N").Substring(0, 12);
    }
}
