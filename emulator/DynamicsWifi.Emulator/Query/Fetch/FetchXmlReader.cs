using System;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query.Fetch
{
    /// <summary>Reads fetch XML into the query model: fetch (top, count, page, paging-cookie, distinct, aggregate,
    /// aggregatelimit, returntotalrecordcount; no-lock is accepted and has no effect), entity, attribute,
    /// all-attributes, order, filter, condition with value lists, and link-entity, nested. Malformed or unknown
    /// content fails with Dataverse's query-builder faults
    /// (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/fetch).</summary>
    internal static class FetchXmlReader
    {
        public static FetchQuery Read(string? fetchXml)
        {
            if (string.IsNullOrWhiteSpace(fetchXml))
            {
                throw DataverseFaults.FetchXmlEmpty();
            }

            XElement root;
            try
            {
                root = XElement.Parse(fetchXml);
            }
            catch (XmlException exception)
            {
                throw DataverseFaults.InvalidXml(exception.Message);
            }

            if (root.Name.LocalName != "fetch")
            {
                throw DataverseFaults.FetchInvalidNode(root.Name.LocalName);
            }

            var entities = root.Elements().ToList();
            if (entities.Any(element => element.Name.LocalName != "entity"))
            {
                throw DataverseFaults.FetchInvalidNode(entities.First(element => element.Name.LocalName != "entity").Name.LocalName);
            }

            if (entities.Count != 1)
            {
                throw DataverseFaults.FetchRequiredElementMissing("entity");
            }

            var entity = entities[0];
            var query = new QueryExpression(Required(entity, "name"))
            {
                Distinct = Flag(root, "distinct"),
                NoLock = Flag(root, "no-lock"),
            };
            var fetch = new FetchQuery(query) { IsAggregate = Flag(root, "aggregate") };
            fetch.AggregateLimit = Number(root, "aggregatelimit");
            query.TopCount = Number(root, "top");
            query.PageInfo = new PagingInfo
            {
                Count = Number(root, "count") ?? 0,
                PageNumber = Number(root, "page") ?? 0,
                PagingCookie = (string?)root.Attribute("paging-cookie"),
                ReturnTotalRecordCount = Flag(root, "returntotalrecordcount"),
            };
            var reader = new EntityReader(fetch);
            reader.ReadEntity(entity, query.ColumnSet, query.Criteria, query.Orders, query.LinkEntities, null);

            // Unlike QueryExpression, fetch XML without attribute elements returns every column
            // (learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/select-columns).
            if (!fetch.IsAggregate && !entity.Elements().Any(element => element.Name.LocalName is "attribute" or "all-attributes" or "no-attrs"))
            {
                query.ColumnSet.AllColumns = true;
            }

            return fetch;
        }

        public static string Required(XElement element, string attribute)
        {
            var value = (string?)element.Attribute(attribute);
            if (string.IsNullOrEmpty(value))
            {
                throw DataverseFaults.FetchRequiredAttributeMissing(element.Name.LocalName, attribute);
            }

            return value;
        }

        public static bool Flag(XElement element, string attribute)
        {
            var value = (string?)element.Attribute(attribute);
            switch (value?.Trim().ToLowerInvariant())
            {
                case null:
                case "false":
                case "0":
                    return false;
                case "true":
                case "1":
                    return true;
                default:
                    throw DataverseFaults.FetchInvalidFlag(attribute);
            }
        }

        public static int? Number(XElement element, string attribute)
        {
            var value = (string?)element.Attribute(attribute);
            if (value == null)
            {
                return null;
            }

            return int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw DataverseFaults.FetchInvalidValue(attribute, value);
        }
    }
}
