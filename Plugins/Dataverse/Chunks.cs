using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>Splits a set into slices for set-based calls: In conditions stay well under SQL Server's 2,100
    /// parameters, bulk writes within the batch sizes Microsoft advises.</summary>
    public static class Chunks
    {
        public static IEnumerable<List<T>> Of<T>(IEnumerable<T> items, int size)
        {
            var chunk = new List<T>(size);
            foreach (var item in items)
            {
                chunk.Add(item);
                if (chunk.Count == size)
                {
                    yield return chunk;
                    chunk = new List<T>(size);
                }
            }

            if (chunk.Count > 0)
            {
                yield return chunk;
            }
        }

        public static object[] Values<T>(IEnumerable<T> items) => items.Cast<object>().ToArray();
    }
}
