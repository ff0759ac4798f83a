using System.Globalization;

namespace DynamicsWifi.Client.Batching
{
    /// <summary>BatchIds of a run: prefix-1, prefix-2, ...; a resend of a stuck batch is prefix-n-r1, -r2: a new id,
    /// because a repeated BatchId only returns the first call's answer and records nothing.</summary>
    internal static class BatchIds
    {
        public static string First(string prefix, int sequence) => prefix + "-" + sequence.ToString(CultureInfo.InvariantCulture);

        public static string Resend(string rootBatchId, int resend) => resend == 0 ? rootBatchId : rootBatchId + "-r" + resend.ToString(CultureInfo.InvariantCulture);
    }
}
