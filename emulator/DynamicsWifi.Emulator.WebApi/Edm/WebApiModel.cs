using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using DynamicsWifi.Emulator.Views;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace DynamicsWifi.Emulator.WebApi.Edm
{
    /// <summary>The organization as the Web API sees it, built once at start: the EDM model URLs are parsed against
    /// (private custom APIs included, as they stay callable), the CSDL $metadata returns (without them), and the ways
    /// back from EDM names to tables, columns, navigation properties and custom APIs.</summary>
    internal sealed class WebApiModel
    {
        private readonly Dictionary<string, TableView> _tablesBySet;
        private readonly Dictionary<string, CustomApiView> _apis;

        public WebApiModel(MetadataView metadata)
        {
            Metadata = metadata;
            Navigations = new NavigationProperties(metadata);
            Edm = EdmModelBuilder.Build(metadata, Navigations, includePrivateApis: true);
            Csdl = WriteCsdl(EdmModelBuilder.Build(metadata, Navigations, includePrivateApis: false));
            _tablesBySet = metadata.Tables.ToDictionary(table => table.EntitySetName, StringComparer.Ordinal);
            _apis = metadata.CustomApis.ToDictionary(api => api.UniqueName, StringComparer.Ordinal);
        }

        public MetadataView Metadata { get; }

        public IEdmModel Edm { get; }

        public NavigationProperties Navigations { get; }

        /// <summary>The CSDL document GET $metadata returns.</summary>
        public string Csdl { get; }

        public IEnumerable<TableView> Tables => _tablesBySet.Values;

        public TableView TableOfSet(string entitySetName) => _tablesBySet[entitySetName];

        public TableView TableOfType(IEdmStructuredType type) =>
            Metadata.TryGetTable(((IEdmSchemaType)type).Name, out var table) ? table : throw new KeyNotFoundException(((IEdmSchemaType)type).Name);

        public bool TryGetApi(string uniqueName, out CustomApiView api) => _apis.TryGetValue(uniqueName, out api!);

        /// <summary>The column behind an EDM property name: _x_value is lookup x.</summary>
        public static bool TryGetColumn(TableView table, string property, out ColumnView column)
        {
            if (property.StartsWith("_", StringComparison.Ordinal) && property.EndsWith("_value", StringComparison.Ordinal) && property.Length > 7)
            {
                return table.Columns.TryGetValue(property.Substring(1, property.Length - 7), out column!) && column.Kind == ColumnKind.Lookup;
            }

            return table.Columns.TryGetValue(property, out column!) && column.Kind != ColumnKind.Lookup;
        }

        private static string WriteCsdl(IEdmModel model)
        {
            var text = new StringBuilder();
            using (var writer = XmlWriter.Create(new StringWriter(text), new XmlWriterSettings { Indent = false, Encoding = Encoding.UTF8 }))
            {
                if (!CsdlWriter.TryWriteCsdl(model, writer, CsdlTarget.OData, out var errors))
                {
                    throw new InvalidDataException("The CSDL of the loaded solution could not be written: " + string.Join("; ", errors.Select(error => error.ErrorMessage)));
                }
            }

            return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        }
    }
}
