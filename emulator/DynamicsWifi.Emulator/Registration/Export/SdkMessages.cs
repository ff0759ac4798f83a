using System;
using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>The system messages whose sdkmessageid is the same in every environment, so an export's
    /// &lt;SdkMessageId&gt; names them. Ids from Learn's sdkmessagefilter listing for account
    /// (learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages#table-support-for-messages),
    /// Create, Update and Delete also seen in the exports under ../shared/reference/solution-samples.</summary>
    internal static class SdkMessages
    {
        private static readonly IReadOnlyDictionary<Guid, string> ById = new Dictionary<Guid, string>
        {
            [Guid.Parse("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Assign",
            [Guid.Parse("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Create",
            [Guid.Parse("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Delete",
            [Guid.Parse("c5bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "GrantAccess",
            [Guid.Parse("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Merge",
            [Guid.Parse("dcbdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "ModifyAccess",
            [Guid.Parse("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Retrieve",
            [Guid.Parse("03bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RetrieveMultiple",
            [Guid.Parse("04bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RetrievePrincipalAccess",
            [Guid.Parse("10bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RetrieveSharedPrincipalsAndAccess",
            [Guid.Parse("11bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RevokeAccess",
            [Guid.Parse("1cbebb1b-ea3e-db11-86a7-000a3a5473e8")] = "SetState",
            [Guid.Parse("1dbebb1b-ea3e-db11-86a7-000a3a5473e8")] = "SetStateDynamicEntity",
            [Guid.Parse("20bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "Update",
        };

        /// <summary>System messages a step may name whose id no Microsoft page gives: they are recognised only by name
        /// (an element naming the message, or the step's "Type: Message of table" name).</summary>
        private static readonly IReadOnlyList<string> KnownByNameOnly = new[]
        {
            "Associate", "Disassociate", "Upsert", "CreateMultiple", "UpdateMultiple", "UpsertMultiple", "DeleteMultiple",
            "Route", "Send", "DeliverIncoming", "DeliverPromote", "QualifyLead", "Win", "Lose", "ExecuteWorkflow",
        };

        public static string? NameOf(Guid sdkMessageId) => ById.TryGetValue(sdkMessageId, out var name) ? name : null;

        /// <summary>The system message's name in its own casing ("update" gives "Update"); null for a name it does not know.</summary>
        public static string? Known(string name) =>
            ById.Values.Concat(KnownByNameOnly).FirstOrDefault(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));
    }
}
