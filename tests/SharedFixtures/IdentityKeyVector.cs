using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace DynamicsWifi.SharedFixtures
{
    /// <summary>One case of identity-key-vectors.json: what a portal sends, the normalised identity and the key. The
    /// plug-in's tests and the client's tests read the same file, so both sides compute the same key.</summary>
    public sealed class IdentityKeyVector
    {
        public string Name { get; init; } = string.Empty;

        public string? Email { get; init; }

        public string? Mobile { get; init; }

        public string Country { get; init; } = "GB";

        public string? Normalised { get; init; }

        public string? Key { get; init; }

        public override string ToString() => Name;

        /// <summary>The vectors, from the copy beside the test assembly.</summary>
        public static IEnumerable<object[]> All()
        {
            var path = Path.Combine(Path.GetDirectoryName(typeof(IdentityKeyVector).Assembly.Location)!, "SharedFixtures", "identity-key-vectors.json");
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.GetProperty("vectors").EnumerateArray()
                .Select(item => new object[] { item.Deserialize<IdentityKeyVector>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true })! })
                .ToList();
        }
    }
}
