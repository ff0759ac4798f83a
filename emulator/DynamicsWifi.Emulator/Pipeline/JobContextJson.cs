using System;
using System.Linq;
using System.Text.Json.Nodes;
using DynamicsWifi.Emulator.Journaling;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The execution context captured for an asynchronous job, as text in its System Job's data column, where
    /// Dataverse keeps a queued job's context too: everything the plug-in will read (parameters, shared variables,
    /// images, users, correlation, its parents), so a job queued before a restart runs exactly as it would have.</summary>
    internal static class JobContextJson
    {
        public static string Write(IPluginExecutionContext context) => WriteContext(context).ToJsonString();

        public static IPluginExecutionContext4 Read(string data) => ReadContext(JsonNode.Parse(data)!);

        private static JsonObject WriteContext(IPluginExecutionContext context)
        {
            var written = new JsonObject
            {
                ["message"] = context.MessageName,
                ["table"] = context.PrimaryEntityName,
                ["id"] = SdkValueJson.Write(context.PrimaryEntityId),
                ["inputs"] = SdkValueJson.WriteAll(context.InputParameters),
                ["outputs"] = SdkValueJson.WriteAll(context.OutputParameters),
                ["shared"] = SdkValueJson.WriteAll(context.SharedVariables),
                ["pre"] = SdkValueJson.WriteAll(context.PreEntityImages.Select(image => new System.Collections.Generic.KeyValuePair<string, object?>(image.Key, image.Value))),
                ["post"] = SdkValueJson.WriteAll(context.PostEntityImages.Select(image => new System.Collections.Generic.KeyValuePair<string, object?>(image.Key, image.Value))),
                ["depth"] = context.Depth,
                ["stage"] = context.Stage,
                ["mode"] = context.Mode,
                ["user"] = SdkValueJson.Write(context.UserId),
                ["initiatinguser"] = SdkValueJson.Write(context.InitiatingUserId),
                ["businessunit"] = SdkValueJson.Write(context.BusinessUnitId),
                ["correlation"] = SdkValueJson.Write(context.CorrelationId),
                ["request"] = SdkValueJson.Write(context.RequestId),
                ["operation"] = SdkValueJson.Write(context.OperationId),
                ["createdon"] = SdkValueJson.Write(context.OperationCreatedOn),
                ["intransaction"] = context.IsInTransaction,
                ["extension"] = SdkValueJson.Write(context.OwningExtension),
            };
            if (context is IPluginExecutionContext4 perItem)
            {
                written["precollection"] = new JsonArray(perItem.PreEntityImagesCollection.Select(Images).ToArray());
                written["postcollection"] = new JsonArray(perItem.PostEntityImagesCollection.Select(Images).ToArray());
            }

            if (context.ParentContext != null)
            {
                written["parent"] = WriteContext(context.ParentContext);
            }

            return written;
        }

        private static JsonNode Images(EntityImageCollection images) =>
            SdkValueJson.WriteAll(images.Select(image => new System.Collections.Generic.KeyValuePair<string, object?>(image.Key, image.Value)));

        private static PluginExecutionContext ReadContext(JsonNode node) => new()
        {
            MessageName = node["message"]!.GetValue<string>(),
            PrimaryEntityName = node["table"]!.GetValue<string>(),
            PrimaryEntityId = (Guid)SdkValueJson.Read(node["id"])!,
            InputParameters = Parameters(node["inputs"]),
            OutputParameters = Parameters(node["outputs"]),
            SharedVariables = Parameters(node["shared"]),
            PreEntityImages = ReadImages(node["pre"]),
            PostEntityImages = ReadImages(node["post"]),
            PreEntityImagesCollection = node["precollection"]?.AsArray().Select(ReadImages).ToArray() ?? new[] { new EntityImageCollection() },
            PostEntityImagesCollection = node["postcollection"]?.AsArray().Select(ReadImages).ToArray() ?? new[] { new EntityImageCollection() },
            Depth = node["depth"]!.GetValue<int>(),
            Stage = node["stage"]!.GetValue<int>(),
            Mode = node["mode"]!.GetValue<int>(),
            UserId = (Guid)SdkValueJson.Read(node["user"])!,
            InitiatingUserId = (Guid)SdkValueJson.Read(node["initiatinguser"])!,
            BusinessUnitId = (Guid)SdkValueJson.Read(node["businessunit"])!,
            CorrelationId = (Guid)SdkValueJson.Read(node["correlation"])!,
            RequestId = (Guid?)SdkValueJson.Read(node["request"]),
            OperationId = (Guid)SdkValueJson.Read(node["operation"])!,
            OperationCreatedOn = (DateTime)SdkValueJson.Read(node["createdon"])!,
            IsInTransaction = node["intransaction"]!.GetValue<bool>(),
            OwningExtension = (EntityReference)SdkValueJson.Read(node["extension"])!,
            ParentContext = node["parent"] is { } parent ? ReadContext(parent) : null!,
        };

        private static ParameterCollection Parameters(JsonNode? node)
        {
            var parameters = new ParameterCollection();
            foreach (var (name, value) in SdkValueJson.ReadAll(node))
            {
                parameters[name] = value;
            }

            return parameters;
        }

        private static EntityImageCollection ReadImages(JsonNode? node)
        {
            var images = new EntityImageCollection();
            foreach (var (name, image) in SdkValueJson.ReadAll(node))
            {
                images[name] = (Entity)image!;
            }

            return images;
        }
    }
}
