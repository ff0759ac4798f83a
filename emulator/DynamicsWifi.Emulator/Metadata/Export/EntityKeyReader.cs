using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>Reads &lt;EntityKeys&gt;&lt;EntityKey&gt;: Name (schema name) and EntityKeyAttributes/AttributeName, one to
    /// sixteen logical names in key order.</summary>
    internal static class EntityKeyReader
    {
        public static IReadOnlyList<AlternateKeyMetadata> Read(XElement entity, string table, ICollection<string> notes)
        {
            var keys = new List<AlternateKeyMetadata>();
            foreach (var key in entity.Path("EntityKeys", "EntityKey"))
            {
                var name = key.Text("Name") ?? key.Text("LogicalName");
                var columns = key.Path("EntityKeyAttributes", "AttributeName").Select(column => ExportXml.Logical(column.Value)).ToList();
                if (name == null || columns.Count == 0)
                {
                    notes.Add($"{table}: an alternate key without a name or columns was left out.");
                    continue;
                }

                keys.Add(new AlternateKeyMetadata(table, name, columns));
            }

            return keys;
        }
    }
}
