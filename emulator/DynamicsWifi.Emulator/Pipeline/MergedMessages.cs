using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>Dataverse's merged message pipelines (learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#message-pipelines-merged):
    /// a CreateMultiple or UpdateMultiple runs the Create or Update steps for each of its Targets (its handler sends each
    /// item through as a Create or an Update), and a single Create or Update also runs the steps registered on
    /// CreateMultiple or UpdateMultiple, with a Targets collection of one. This is that second half: the bulk message
    /// as a single operation presents it to the steps registered on it.</summary>
    internal static class MergedMessages
    {
        private static readonly IReadOnlyDictionary<string, string> BulkOf = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Create"] = "CreateMultiple",
            ["Update"] = "UpdateMultiple",
        };

        /// <summary>Whether steps on the message see one entry per item in PreEntityImagesCollection and
        /// PostEntityImagesCollection (IPluginExecutionContext4), rather than PreEntityImages and PostEntityImages.</summary>
        public static bool IsBulk(string? message) => message is "CreateMultiple" or "UpdateMultiple";

        /// <summary>The bulk message a single Create or Update also raises: its parameters, with the Target itself (so a
        /// pre-operation change to Targets[0] is what gets saved) as the only entity of Targets. None for any other message,
        /// and none for an item its own bulk message sent: those steps already ran once for the whole collection.</summary>
        public static OrganizationRequest? BulkHalfOf(OrganizationRequest request, string table, Call call)
        {
            if (!BulkOf.TryGetValue(request.RequestName ?? string.Empty, out var bulk) || call.CarriedOut?.RequestName == bulk ||
                !(request.Parameters.TryGetValue("Target", out var target) && target is Entity entity))
            {
                return null;
            }

            var view = new OrganizationRequest(bulk);
            foreach (var (name, value) in request.Parameters)
            {
                if (name != "Target")
                {
                    view.Parameters[name] = value;
                }
            }

            view.Parameters["Targets"] = new EntityCollection(new List<Entity> { entity }) { EntityName = table };
            return view;
        }

        /// <summary>What the bulk half's post-operation steps find in OutputParameters: CreateMultiple's Ids (the one
        /// id Create returned); UpdateMultiple returns nothing.</summary>
        public static ParameterCollection OutputsOf(OrganizationRequest bulkHalf, ParameterCollection singleOutputs)
        {
            var outputs = new ParameterCollection();
            if (bulkHalf.RequestName == "CreateMultiple" && singleOutputs.TryGetValue("id", out var id) && id is Guid created)
            {
                outputs["Ids"] = new[] { created };
            }

            return outputs;
        }
    }
}
