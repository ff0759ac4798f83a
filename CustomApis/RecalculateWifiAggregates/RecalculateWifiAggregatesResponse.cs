using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.RecalculateWifiAggregates
{
    /// <summary>cr_RecalculateWifiAggregates' response: contacts recalculated, how many were wrong and corrected, whether more
    /// touched contacts remain, and the ContinueAfter to send for them (empty when none remain).</summary>
    public static class RecalculateWifiAggregatesResponse
    {
        public static void Write(RecalculationResult page, ParameterCollection outputs)
        {
            outputs[Schema.RecalculateApi.Recalculated] = page.Recalculated;
            outputs[Schema.RecalculateApi.Changed] = page.Changed;
            outputs[Schema.RecalculateApi.MoreRecords] = page.MoreRemain;
            outputs[Schema.RecalculateApi.ContinueAfter] = page.MoreRemain && page.ContinueAfter.HasValue ? page.ContinueAfter.Value.ToString("D") : string.Empty;
        }
    }
}
