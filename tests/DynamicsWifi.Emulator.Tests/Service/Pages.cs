using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Tests.Service
{
    /// <summary>Reads every page of a query as a caller does: the next page number and the previous page's cookie.</summary>
    internal static class Pages
    {
        public static List<Entity> All(IOrganizationService service, QueryExpression query)
        {
            var rows = new List<Entity>();
            while (true)
            {
                var page = service.RetrieveMultiple(query);
                rows.AddRange(page.Entities);
                if (!page.MoreRecords)
                {
                    return rows;
                }

                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }
    }
}
