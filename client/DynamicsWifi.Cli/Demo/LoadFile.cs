using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace DynamicsWifi.Cli.Demo
{
    /// <summary>A load file for replay tests and benchmarks: <c>count</c> closed sessions, each with its own session id,
    /// from a pool of guests (a quarter by mobile only), written as JSON lines with DESIGN.md 4's names.</summary>
    public static class LoadFile
    {
        public static IReadOnlyList<string> Write(string path, int count, int guests, int seed)
        {
            var random = new Random(seed);
            var start = DateTime.UtcNow.Date.AddDays(-1).AddHours(8);
            var sessions = new List<string>(count);
            using var file = new StreamWriter(path);
            for (var index = 0; index < count; index++)
            {
                var guest = random.Next(guests);
                var begin = start.AddSeconds(random.Next(0, 14 * 3600));
                var session = "load-" + seed.ToString(CultureInfo.InvariantCulture) + "-" + index.ToString("D6", CultureInfo.InvariantCulture);
                var login = new Dictionary<string, object>
                {
                    ["SessionId"] = session,
                    ["Venue"] = "City Stadium",
                    ["Zone"] = guest % 2 == 0 ? "North Stand" : "South Stand",
                    ["SessionStart"] = begin.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    ["SessionEnd"] = begin.AddMinutes(random.Next(5, 180)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    ["CanReceiveEmail"] = guest % 5 != 0,
                };
                if (guest % 4 == 0)
                {
                    login["Mobile"] = "+4477009" + guest.ToString("D5", CultureInfo.InvariantCulture);
                }
                else
                {
                    login["Email"] = "fan" + guest.ToString(CultureInfo.InvariantCulture) + "@example.net";
                }

                file.WriteLine(JsonSerializer.Serialize(login));
                sessions.Add(session);
            }

            return sessions;
        }
    }
}
