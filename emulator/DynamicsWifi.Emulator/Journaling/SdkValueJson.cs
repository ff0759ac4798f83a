using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Journaling
{
    /// <summary>SDK values as JSON, each tagged with its type so it comes back exactly: decimals and money as text (no
    /// rounding through double), dates with their kind, references with their table, entities with their keys, version
    /// and formatted values, enums by their type. For what outlives the process: a journal's rows, a queued job's
    /// context. A type it does not know is refused, never dropped.</summary>
    public static class SdkValueJson
    {
        public static JsonNode? Write(object? value) => value switch
        {
            null => null,
            string text => Tagged("s", text),
            int number => Tagged("i", number),
            long number => Tagged("l", number),
            decimal number => Tagged("d", number.ToString(CultureInfo.InvariantCulture)),
            double number => Tagged("f", number.ToString("R", CultureInfo.InvariantCulture)),
            bool flag => Tagged("b", flag),
            Guid id => Tagged("g", id.ToString("D")),
            DateTime moment => new JsonArray("t", moment.Ticks, (int)moment.Kind),
            Money money => Tagged("m", money.Value.ToString(CultureInfo.InvariantCulture)),
            OptionSetValue option => Tagged("o", option.Value),
            OptionSetValueCollection options => new JsonArray("os", new JsonArray(options.Select(option => (JsonNode)option.Value).ToArray())),
            EntityReference reference => new JsonArray("r", reference.LogicalName, reference.Id.ToString("D"), reference.Name),
            EntityReferenceCollection references => new JsonArray("rc", new JsonArray(references.Select(Write).ToArray())),
            byte[] bytes => Tagged("x", Convert.ToBase64String(bytes)),
            string[] texts => new JsonArray("sa", new JsonArray(texts.Select(text => (JsonNode)text).ToArray())),
            Entity entity => new JsonArray("e", WriteEntity(entity)),
            EntityCollection collection => new JsonArray("ec", new JsonArray(collection.Entities.Select(WriteEntity).ToArray()), collection.EntityName),
            Enum choice => new JsonArray("en", choice.GetType().AssemblyQualifiedName, Convert.ToInt64(choice, CultureInfo.InvariantCulture)),
            OrganizationRequestCollection requests => new JsonArray("rqc", new JsonArray(requests.Select(WriteRequest).ToArray())),
            _ => throw new InvalidDataException($"A value of type {value.GetType().FullName} cannot be kept outside the process."),
        };

        public static object? Read(JsonNode? node)
        {
            if (node == null)
            {
                return null;
            }

            var tagged = node.AsArray();
            var tag = tagged[0]!.GetValue<string>();
            return tag switch
            {
                "s" => tagged[1]!.GetValue<string>(),
                "i" => tagged[1]!.GetValue<int>(),
                "l" => tagged[1]!.GetValue<long>(),
                "d" => decimal.Parse(tagged[1]!.GetValue<string>(), CultureInfo.InvariantCulture),
                "f" => double.Parse(tagged[1]!.GetValue<string>(), CultureInfo.InvariantCulture),
                "b" => tagged[1]!.GetValue<bool>(),
                "g" => Guid.Parse(tagged[1]!.GetValue<string>()),
                "t" => new DateTime(tagged[1]!.GetValue<long>(), (DateTimeKind)tagged[2]!.GetValue<int>()),
                "m" => new Money(decimal.Parse(tagged[1]!.GetValue<string>(), CultureInfo.InvariantCulture)),
                "o" => new OptionSetValue(tagged[1]!.GetValue<int>()),
                "os" => new OptionSetValueCollection(tagged[1]!.AsArray().Select(option => new OptionSetValue(option!.GetValue<int>())).ToList()),
                "r" => new EntityReference(tagged[1]!.GetValue<string>(), Guid.Parse(tagged[2]!.GetValue<string>())) { Name = tagged[3]?.GetValue<string>() },
                "rc" => new EntityReferenceCollection(tagged[1]!.AsArray().Select(reference => (EntityReference)Read(reference)!).ToList()),
                "x" => Convert.FromBase64String(tagged[1]!.GetValue<string>()),
                "sa" => tagged[1]!.AsArray().Select(text => text!.GetValue<string>()).ToArray(),
                "e" => ReadEntity(tagged[1]),
                "ec" => new EntityCollection(tagged[1]!.AsArray().Select(ReadEntity).ToList()) { EntityName = tagged.Count > 2 ? tagged[2]?.GetValue<string>() : null },
                "en" => ReadEnum(tagged[1]!.GetValue<string>(), tagged[2]!.GetValue<long>()),
                "rqc" => ReadRequests(tagged[1]!.AsArray()),
                _ => throw new InvalidDataException($"A stored value is tagged '{tag}', which this emulator does not know."),
            };
        }

        /// <summary>Named values (a row's columns, a parameter collection) as one JSON object.</summary>
        public static JsonObject WriteAll(IEnumerable<KeyValuePair<string, object?>> values)
        {
            var written = new JsonObject();
            foreach (var (name, value) in values)
            {
                written[name] = Write(value);
            }

            return written;
        }

        public static IEnumerable<KeyValuePair<string, object?>> ReadAll(JsonNode? values) =>
            values == null ? Enumerable.Empty<KeyValuePair<string, object?>>() : values.AsObject().Select(pair => new KeyValuePair<string, object?>(pair.Key, Read(pair.Value)));

        private static JsonArray Tagged(string tag, JsonNode value) => new(tag, value);

        private static JsonNode WriteEntity(Entity entity)
        {
            var written = new JsonObject { ["n"] = entity.LogicalName, ["id"] = entity.Id.ToString("D"), ["a"] = WriteAll(entity.Attributes) };
            if (entity.KeyAttributes.Count > 0)
            {
                written["k"] = WriteAll(entity.KeyAttributes);
            }

            if (entity.RowVersion != null)
            {
                written["v"] = entity.RowVersion;
            }

            if (entity.FormattedValues.Count > 0)
            {
                written["fv"] = new JsonObject(entity.FormattedValues.Select(pair => new KeyValuePair<string, JsonNode?>(pair.Key, pair.Value)));
            }

            return written;
        }

        private static Entity ReadEntity(JsonNode? node)
        {
            var entity = new Entity(node!["n"]!.GetValue<string>(), Guid.Parse(node["id"]!.GetValue<string>())) { RowVersion = node["v"]?.GetValue<string>() };
            foreach (var (column, value) in ReadAll(node["a"]))
            {
                entity[column] = value;
            }

            foreach (var (column, value) in ReadAll(node["k"]))
            {
                entity.KeyAttributes[column] = value;
            }

            foreach (var (column, text) in node["fv"]?.AsObject() ?? new JsonObject())
            {
                entity.FormattedValues[column] = text!.GetValue<string>();
            }

            return entity;
        }

        // ExecuteTransaction's and ExecuteMultiple's Requests, in a parent context: each request by its name and
        // parameters (read back as an OrganizationRequest of that name, as a deserialized context holds it).
        private static JsonNode WriteRequest(OrganizationRequest request) => new JsonObject
        {
            ["n"] = request.RequestName, ["id"] = Write(request.RequestId), ["p"] = WriteAll(request.Parameters),
        };

        private static OrganizationRequestCollection ReadRequests(JsonArray nodes)
        {
            var requests = new OrganizationRequestCollection();
            foreach (var node in nodes)
            {
                var request = new OrganizationRequest(node!["n"]!.GetValue<string>()) { RequestId = (Guid?)Read(node["id"]) };
                foreach (var (name, value) in ReadAll(node["p"]))
                {
                    request[name] = value;
                }

                requests.Add(request);
            }

            return requests;
        }

        private static object ReadEnum(string typeName, long value)
        {
            var type = Type.GetType(typeName, throwOnError: false) ?? throw new InvalidDataException($"A stored value names the type {typeName}, which is not loaded.");
            return Enum.ToObject(type, value);
        }
    }
}
