using System;
using System.Globalization;
using System.Xml.Linq;
using DynamicsWifi.Emulator.WebApi.Errors;

namespace DynamicsWifi.Emulator.WebApi.Queries
{
    /// <summary>The $skiptoken of Dataverse's @odata.nextLink: &lt;cookie pagenumber="2" pagingcookie="…" istracking="False" /&gt;,
    /// the organization service's paging cookie URL-encoded inside it
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results).</summary>
    internal sealed class SkipToken
    {
        public SkipToken(int pageNumber, string? pagingCookie)
        {
            PageNumber = pageNumber;
            PagingCookie = pagingCookie;
        }

        public int PageNumber { get; }

        public string? PagingCookie { get; }

        public static SkipToken Parse(string token)
        {
            try
            {
                var cookie = XElement.Parse(token);
                var page = int.Parse((string?)cookie.Attribute("pagenumber") ?? "1", NumberStyles.None, CultureInfo.InvariantCulture);
                var paging = (string?)cookie.Attribute("pagingcookie");
                return new SkipToken(page, string.IsNullOrEmpty(paging) ? null : Uri.UnescapeDataString(paging));
            }
            catch (Exception failure) when (failure is System.Xml.XmlException or FormatException or OverflowException)
            {
                throw WebApiException.BadRequest("The $skiptoken is not one this service wrote.");
            }
        }

        public override string ToString() => new XElement(
            "cookie",
            new XAttribute("pagenumber", PageNumber.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("pagingcookie", PagingCookie == null ? string.Empty : Uri.EscapeDataString(PagingCookie)),
            new XAttribute("istracking", "False")).ToString(SaveOptions.DisableFormatting);
    }
}
