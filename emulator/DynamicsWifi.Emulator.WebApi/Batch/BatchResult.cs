using System.Collections.Generic;
using DynamicsWifi.Emulator.WebApi.Protocol;

namespace DynamicsWifi.Emulator.WebApi.Batch
{
    /// <summary>The answer to one stand-alone request of a $batch, or to one change set (each part's answer, or only the
    /// failing part's when the change set was rolled back).</summary>
    internal sealed class BatchResult
    {
        public BatchResult(bool isChangeSet, IReadOnlyList<(string? ContentId, WebApiResponse Response)> responses)
        {
            IsChangeSet = isChangeSet;
            Responses = responses;
        }

        public bool IsChangeSet { get; }

        public IReadOnlyList<(string? ContentId, WebApiResponse Response)> Responses { get; }

        public bool Failed => Responses.Count > 0 && Responses[^1].Response.Status >= 400;
    }
}
