using System;
using System.Linq;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace DynamicsWifi.Emulator.WebApi.Routing
{
    /// <summary>Parses Web API URLs with Microsoft.OData's parser against the model: alternate keys on, names
    /// case-sensitive as Dataverse's are.</summary>
    internal static class ODataUrls
    {
        public const string ServicePath = "/api/data/v9.2/";

        private static readonly Uri RelativeRoot = new("http://localhost" + ServicePath);

        public static ODataUriParser Parser(WebApiModel model, string relativeUrl)
        {
            var parser = new ODataUriParser(model.Edm, RelativeRoot, new Uri(RelativeRoot, relativeUrl.TrimStart('/')))
            {
                Resolver = new AlternateKeysODataUriResolver(model.Edm) { EnableCaseInsensitive = false },
            };
            return parser;
        }

        /// <summary>The path, or the 404 Dataverse gives for a segment it does not know.</summary>
        public static ODataPath Path(ODataUriParser parser, string relativeUrl)
        {
            try
            {
                return parser.ParsePath();
            }
            catch (ODataUnrecognizedPathException)
            {
                throw WebApiException.SegmentNotFound(FirstSegment(relativeUrl));
            }
            catch (ODataException failure)
            {
                throw WebApiException.BadRequest(failure.Message);
            }
        }

        /// <summary>The row an @odata.bind value or a Content-ID reference names: /contacts(id), contacts(key='v'), or the
        /// absolute URL.</summary>
        public static RowAddress Row(WebApiModel model, string url)
        {
            var relative = url;
            var at = relative.IndexOf(ServicePath, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                relative = relative.Substring(at + ServicePath.Length);
            }

            var path = Path(Parser(model, relative.TrimStart('/')), relative);
            if (path.FirstSegment is EntitySetSegment set && path.LastSegment is KeySegment key && path.Count == 2)
            {
                return RowAddress.From(model.TableOfSet(set.EntitySet.Name), key);
            }

            throw WebApiException.BadRequest($"'{url}' does not address a row.");
        }

        private static string FirstSegment(string relativeUrl)
        {
            var path = relativeUrl.Split('?')[0].TrimStart('/');
            var segment = path.Split('/').FirstOrDefault() ?? path;
            var paren = segment.IndexOf('(');
            return Uri.UnescapeDataString(paren >= 0 ? segment.Substring(0, paren) : segment);
        }
    }
}
