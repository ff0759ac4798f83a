using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>Books on a shelf of their own, created through the Web API, so queries can filter to exactly them.</summary>
    internal static class Books
    {
        public static async Task<(string Shelf, List<Guid> Ids)> OnNewShelf(HostClient client, int count)
        {
            var shelf = Codes.New().Substring(0, 10);
            var ids = new List<Guid>();
            for (var position = 1; position <= count; position++)
            {
                ids.Add(HostClient.EntityId(await client.Post("lib_books", new { lib_name = "Book " + position, lib_shelf = shelf, lib_position = position, lib_copies = position % 4 })));
            }

            return (shelf, ids);
        }
    }
}
