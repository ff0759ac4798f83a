using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Registration;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The registered steps by message, and the ones that apply to an operation: same message, same table (or
    /// registered for any table), the stage and mode asked for, in rank order; an Update step with filtering attributes
    /// runs only when one of them is in the Target (learn.microsoft.com/power-apps/developer/data-platform/register-plug-in).</summary>
    internal sealed class StepCatalog
    {
        private readonly ILookup<string, StepRegistration> _byMessage;

        public StepCatalog(IEnumerable<StepRegistration> steps)
        {
            _byMessage = steps.ToLookup(step => step.Message, StringComparer.OrdinalIgnoreCase);
        }

        public IReadOnlyList<StepRegistration> For(OrganizationRequest request, string table, PipelineStage stage, StepMode mode) =>
            _byMessage[request.RequestName ?? string.Empty]
                .Where(step => step.Stage == stage && step.Mode == mode)
                .Where(step => step.PrimaryEntity.Length == 0 || string.Equals(step.PrimaryEntity, table, StringComparison.Ordinal))
                .Where(step => PassesFilter(step, request))
                .OrderBy(step => step.Rank)
                .ToList();

        public bool Any(string message) => _byMessage[message].Any();

        // UpdateMultiple runs the step when any of its Targets holds a filtering attribute
        // (learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation#attribute-filters).
        private static bool PassesFilter(StepRegistration step, OrganizationRequest request)
        {
            if (step.FilteringAttributes.Count == 0)
            {
                return true;
            }

            return request.RequestName switch
            {
                "Update" => request.Parameters.TryGetValue("Target", out var target) && target is Entity entity && step.FilteringAttributes.Any(entity.Contains),
                "UpdateMultiple" => request.Parameters.TryGetValue("Targets", out var targets) && targets is EntityCollection entities &&
                    entities.Entities.Any(item => step.FilteringAttributes.Any(item.Contains)),
                _ => true,
            };
        }
    }
}
