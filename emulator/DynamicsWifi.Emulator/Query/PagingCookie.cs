using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>Dataverse's paging cookie: the page number and, for each order column and then the primary key, the
    /// sort value of the page's last and first rows, e.g.
    /// <c>&lt;cookie page="1"&gt;&lt;contactid last="{...}" first="{...}" /&gt;&lt;/cookie&gt;</c>
    /// (learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results).</summary>
    internal sealed class PagingCookie
    {
        private PagingCookie(int page, IReadOnlyList<(string Column, string? Last)> columns)
        {
            Page = page;
            Columns = columns;
        }

        public int Page { get; }

        public IReadOnlyList<(string Column, string? Last)> Columns { get; }

        public static string Write(int page, IReadOnlyList<(string Column, object? Last, object? First)> columns)
        {
            var cookie = new XElement("cookie", new XAttribute("page", page.ToString(CultureInfo.InvariantCulture)));
            foreach (var (column, last, first) in columns)
            {
                var element = new XElement(column);
                if (last != null)
                {
                    element.Add(new XAttribute("last", Text(last)));
                }

                if (first != null)
                {
                    element.Add(new XAttribute("first", Text(first)));
                }

                cookie.Add(element);
            }

            return cookie.ToString(SaveOptions.DisableFormatting);
        }

        public static PagingCookie Read(string cookie)
        {
            try
            {
                var root = XElement.Parse(cookie);
                if (root.Name.LocalName != "cookie"
                    || !int.TryParse((string?)root.Attribute("page"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var page)
                    || page < 1)
                {
                    throw DataverseFaults.InvalidPagingCookie();
                }

                return new PagingCookie(page, root.Elements().Select(element => (element.Name.LocalName, (string?)element.Attribute("last"))).ToList());
            }
            catch (XmlException)
            {
                throw DataverseFaults.InvalidPagingCookie();
            }
        }

        /// <summary>A value read back from the cookie, as the sort key of a column of that type.</summary>
        public static object? Parse(string? text, ColumnType type)
        {
            if (text == null)
            {
                return null;
            }

            switch (type)
            {
                case ColumnType.Integer:
                case ColumnType.BigInt:
                case ColumnType.Decimal:
                case ColumnType.Money:
                    return decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                case ColumnType.Double:
                    return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                case ColumnType.DateTime:
                    return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
                case ColumnType.PrimaryKey:
                case ColumnType.UniqueIdentifier:
                    return Guid.Parse(text);
                case ColumnType.Boolean:
                    return text == "1";
                default:
                    return text;
            }
        }

        private static string Text(object value) => value switch
        {
            Guid id => id.ToString("B").ToUpperInvariant(),
            DateTime moment => moment.ToString("o", CultureInfo.InvariantCulture),
            bool flag => flag ? "1" : "0",
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }
}
