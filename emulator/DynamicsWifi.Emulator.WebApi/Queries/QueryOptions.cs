using DynamicsWifi.Emulator.WebApi.Errors;
using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace DynamicsWifi.Emulator.WebApi.Queries
{
    /// <summary>Query options Microsoft.OData parses, with its refusals (an unknown property, a malformed option) turned
    /// into the Web API's 400 with its message, as Dataverse's front end answers them.</summary>
    internal static class QueryOptions
    {
        public static SelectExpandClause? SelectExpand(ODataUriParser parser)
        {
            try
            {
                return parser.ParseSelectAndExpand();
            }
            catch (ODataException failure)
            {
                throw WebApiException.BadRequest(failure.Message);
            }
        }

        /// <summary>A custom (not $-prefixed) query option, such as fetchXml, URL-decoded; null when absent.</summary>
        public static string? Custom(ODataUriParser parser, string name)
        {
            foreach (var option in parser.CustomQueryOptions)
            {
                if (option.Key == name)
                {
                    return option.Value;
                }
            }

            return null;
        }
    }
}
