using System.Globalization;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>The RowVersion an Update or Delete must match, when the request asks for optimistic concurrency
    /// (learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency).</summary>
    internal static class RowVersions
    {
        public static long? Expected(TableMetadata table, OrganizationRequest request, string? rowVersion)
        {
            var behavior = RequestParameters.Optional<ConcurrencyBehavior>(request, "ConcurrencyBehavior") ?? ConcurrencyBehavior.Default;
            if (behavior != ConcurrencyBehavior.IfRowVersionMatches)
            {
                return null;
            }

            if (!table.IsOptimisticConcurrencyEnabled)
            {
                throw DataverseFaults.OptimisticConcurrencyNotEnabled(table.LogicalName);
            }

            if (string.IsNullOrEmpty(rowVersion) || !long.TryParse(rowVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
            {
                throw DataverseFaults.RowVersionNotProvided();
            }

            return expected;
        }
    }
}
