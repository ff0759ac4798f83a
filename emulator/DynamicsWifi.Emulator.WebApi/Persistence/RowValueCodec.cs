using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Persistence
{
    /// <summary>A stored row's values as JSON, each tagged with its SDK type so it comes back exactly: decimals and money
    /// as text (no rounding through double), dates with their kind, references with their table. A type it does not know
    /// is refused, never dropped.</summary>
    internal static class RowValueCodec
    {
        public static string Encode(IReadOnlyDictionary<string, object?> values)
        {
            var row = new JsonObject();
            foreach (var (column, value) in values)
            {
                row[column] = Value(value);
            }

            return row.ToJsonString();
        }

        public static IReadOnlyDictionary<string, object?> Decode(string json)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (column, node) in JsonNode.Parse(json)!.AsObject())
            {
                values[column] = Read(node);
            }

            return values;
        }

        private static JsonNode? Value(object? value) => value switch
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
            byte[] bytes => Tagged("x", Convert.ToBase64String(bytes)),
            EntityCollection collection => new JsonArray("ec", new JsonArray(collection.Entities.Select(Entity).ToArray())),
            _ => throw new InvalidDataException($"A value of type {value.GetType().FullName} cannot be kept in the data file."),
        };

        private static JsonArray Tagged(string tag, JsonNode value) => new(tag, value);

        private static JsonNode Entity(Entity entity)
        {
            var attributes = new JsonObject();
            foreach (var attribute in entity.Attributes)
            {
                attributes[attribute.Key] = Value(attribute.Value);
            }

            return new JsonObject { ["n"] = entity.LogicalName, ["id"] = entity.Id.ToString("D"), ["a"] = attributes };
        }

        private static object? Read(JsonNode? node)
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
                "x" => Convert.FromBase64String(tagged[1]!.GetValue<string>()),
                "ec" => new EntityCollection(tagged[1]!.AsArray().Select(ReadEntity).ToList()),
                _ => throw new InvalidDataException($"The data file holds a value tagged '{tag}', which this host does not know."),
            };
        }

        private static Entity ReadEntity(JsonNode? node)
        {
            var entity = new Entity(node!["n"]!.GetValue<string>(), Guid.Parse(node["id"]!.GetValue<string>()));
            foreach (var (column, value) in node["a"]!.AsObject())
            {
                entity[column] = Read(value);
            }

            return entity;
        }
    }
}
