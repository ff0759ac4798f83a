using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Plugins.Aggregates;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>The cr_wifivisit rows a CreateMultiple, UpdateMultiple or Delete step is told about, as they were and as they
    /// are. Registered on the bulk messages, the step also runs for a single Create or Update (a collection of one:
    /// learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation), and sees a bulk write as one
    /// set whatever order the platform writes its rows in.</summary>
    public static class SessionChangeReader
    {
        public static IReadOnlyList<SessionChange> Read(PluginInvocation call)
        {
            var erased = ContactsBeingDeleted(call.Context);
            var changes = ReadAll(call);
            return erased.Count == 0
                ? changes
                : changes.Select(change => new SessionChange(Unless(change.Before, erased), Unless(change.After, erased))).ToList();
        }

        // A contact's delete cascades to its sessions, each a Delete whose ancestor is the contact's: that contact's
        // aggregates go with it, so maintaining them would cost calls per session for nothing (and a guest with many
        // sessions could not be erased within the two minutes a request may run).
        private static HashSet<Guid> ContactsBeingDeleted(IPluginExecutionContext context)
        {
            var erased = new HashSet<Guid>();
            for (var ancestor = context.ParentContext; ancestor != null; ancestor = ancestor.ParentContext)
            {
                if (ancestor.MessageName == "Delete" && ancestor.PrimaryEntityName == Schema.Contact.Table)
                {
                    erased.Add(ancestor.PrimaryEntityId);
                }
            }

            return erased;
        }

        private static ContactSession? Unless(ContactSession? session, HashSet<Guid> erased) =>
            session != null && erased.Contains(session.ContactId) ? null : session;

        private static IReadOnlyList<SessionChange> ReadAll(PluginInvocation call)
        {
            var context = call.Context;
            switch (context.MessageName)
            {
                case "CreateMultiple":
                    return Created(Targets(call), context.OutputParameters.TryGetValue("Ids", out var ids) ? ids as Guid[] : null);
                case "UpdateMultiple":
                    return Updated(Targets(call), (context as IPluginExecutionContext4)?.PreEntityImagesCollection);
                case "Delete":
                    return new[] { new SessionChange(AggregateMapping.ToContactSession(call.RequirePreImage(Schema.Images.PreImage)), null) };
                default:
                    throw new InvalidPluginExecutionException("The WiFi aggregates step is registered on " + context.MessageName + ", which it does not handle; re-import the Dynamics WiFi solution.");
            }
        }

        private static IReadOnlyList<SessionChange> Created(IList<Entity> targets, Guid[]? ids)
        {
            var changes = new List<SessionChange>(targets.Count);
            for (var i = 0; i < targets.Count; i++)
            {
                var row = targets[i];
                if (row.Id == Guid.Empty && ids != null && i < ids.Length)
                {
                    row = Copy(row, ids[i]);
                }

                changes.Add(new SessionChange(null, AggregateMapping.ToContactSession(row)));
            }

            return changes;
        }

        private static IReadOnlyList<SessionChange> Updated(IList<Entity> targets, EntityImageCollection[]? images)
        {
            var changes = new List<SessionChange>(targets.Count);
            for (var i = 0; i < targets.Count; i++)
            {
                if (images == null || i >= images.Length || !images[i].TryGetValue(Schema.Images.PreImage, out var preImage) || preImage == null)
                {
                    throw new InvalidPluginExecutionException("The WiFi aggregates step on UpdateMultiple of cr_wifivisit is registered without its pre-image '" +
                        Schema.Images.PreImage + "'; re-import the Dynamics WiFi solution.");
                }

                var now = Copy(preImage, targets[i].Id == Guid.Empty ? preImage.Id : targets[i].Id);
                foreach (var attribute in targets[i].Attributes)
                {
                    now[attribute.Key] = attribute.Value;
                }

                changes.Add(new SessionChange(AggregateMapping.ToContactSession(preImage), AggregateMapping.ToContactSession(now)));
            }

            return changes;
        }

        private static IList<Entity> Targets(PluginInvocation call) =>
            call.Inputs.TryGetValue("Targets", out var value) && value is EntityCollection targets
                ? targets.Entities
                : throw new InvalidPluginExecutionException("The " + call.Context.MessageName + " request holds no Targets.");

        private static Entity Copy(Entity row, Guid id)
        {
            var copy = new Entity(row.LogicalName, id);
            foreach (var attribute in row.Attributes)
            {
                copy[attribute.Key] = attribute.Value;
            }

            return copy;
        }
    }
}
