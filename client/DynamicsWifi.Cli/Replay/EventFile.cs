using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sylvan.Data.Csv;

namespace DynamicsWifi.Cli.Replay
{
    /// <summary>A replay file: CSV with a header row, or JSON lines (one object a line), both with DESIGN.md 4's field
    /// names; read into rows of field name to text, in file order.</summary>
    public static class EventFile
    {
        public static IReadOnlyList<IReadOnlyDictionary<string, string?>> Read(string path)
        {
            var firstChar = File.ReadLines(path).Select(line => line.TrimStart()).FirstOrDefault(line => line.Length > 0)?[0];
            return firstChar == '{' ? JsonLines(path) : Csv(path);
        }

        private static IReadOnlyList<IReadOnlyDictionary<string, string?>> Csv(string path)
        {
            using var csv = CsvDataReader.Create(path);
            var header = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
            EventFields.CheckNames(header, path + " header");
            var rows = new List<IReadOnlyDictionary<string, string?>>();
            while (csv.Read())
            {
                rows.Add(Enumerable.Range(0, header.Length).ToDictionary(column => header[column], column => (string?)csv.GetString(column), StringComparer.Ordinal));
            }

            return rows;
        }

        private static IReadOnlyList<IReadOnlyDictionary<string, string?>> JsonLines(string path)
        {
            var rows = new List<IReadOnlyDictionary<string, string?>>();
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                using var document = JsonDocument.Parse(line);
                var row = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    row[property.Name] = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Null => null,
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        _ => property.Value.GetRawText(),
                    };
                }

                EventFields.CheckNames(row.Keys, string.Format(CultureInfo.InvariantCulture, "{0} line {1}", path, number));
                rows.Add(row);
            }

            return rows;
        }
    }
}
