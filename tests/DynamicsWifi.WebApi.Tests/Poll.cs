using System;
using System.Threading.Tasks;

namespace DynamicsWifi.WebApi.Tests
{
    /// <summary>Waits for something the host does in the background (asynchronous jobs), by asking again, up to a bound
    /// that only stops a broken run; the outcome is asserted, never the time it took.</summary>
    internal static class Poll
    {
        public static async Task<bool> Until(Func<Task<bool>> condition, int attempts = 300)
        {
            for (var attempt = 0; attempt < attempts; attempt++)
            {
                if (await condition())
                {
                    return true;
                }

                await Task.Delay(100);
            }

            return false;
        }
    }
}
