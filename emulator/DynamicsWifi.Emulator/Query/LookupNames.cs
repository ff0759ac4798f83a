using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>The primary name of the row a lookup points at, as Dataverse returns in EntityReference.Name and the
    /// lookup's formatted value, read once per query through the caller's own view of the rows.</summary>
    internal sealed class LookupNames
    {
        private readonly IRowSource _source;
        private readonly MetadataCatalog _catalog;
        private readonly Dictionary<(string, Guid), string?> _names = new Dictionary<(string, Guid), string?>();

        public LookupNames(IRowSource source, MetadataCatalog catalog)
        {
            _source = source;
            _catalog = catalog;
        }

        public string? NameOf(EntityReference reference)
        {
            if (string.IsNullOrEmpty(reference.LogicalName))
            {
                return reference.Name;
            }

            var key = (reference.LogicalName, reference.Id);
            if (!_names.TryGetValue(key, out var name))
            {
                name = reference.Name;
                if (_catalog.TryGetTable(reference.LogicalName, out var table) && table.PrimaryNameAttribute != null)
                {
                    var row = _source.Find(reference.LogicalName, reference.Id);
                    if (row != null)
                    {
                        name = row[table.PrimaryNameAttribute] as string;
                    }
                }

                _names[key] = name;
            }

            return name;
        }
    }
}
