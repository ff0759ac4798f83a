using System.Collections.Generic;
using System.Globalization;

namespace DynamicsWifi.Cli.Demo
{
    /// <summary>The guest list of a demo day: seven in ten log in by email (some with a mobile too), the rest by mobile only,
    /// a quarter carry a second device, most opt in to marketing email.</summary>
    public static class DemoGuests
    {
        public static IReadOnlyList<DemoGuest> Make(int count, System.Random random)
        {
            var guests = new List<DemoGuest>(count);
            for (var number = 1; number <= count; number++)
            {
                var first = DemoVenues.FirstNames[random.Next(DemoVenues.FirstNames.Length)];
                var last = DemoVenues.LastNames[random.Next(DemoVenues.LastNames.Length)];
                var byEmail = random.NextDouble() < 0.7;
                var mobile = "07700 " + (900000 + number).ToString(CultureInfo.InvariantCulture);
                var email = byEmail ? (first + "." + last + number.ToString(CultureInfo.InvariantCulture) + "@example.com").ToLowerInvariant() : null;
                var devices = new List<string> { Mac(random) };
                if (random.NextDouble() < 0.25)
                {
                    devices.Add(Mac(random));
                }

                guests.Add(new DemoGuest(number, first, last, email, byEmail && random.NextDouble() < 0.5 ? null : mobile, devices, random.NextDouble() < 0.8));
            }

            return guests;
        }

        private static string Mac(System.Random random)
        {
            var bytes = new byte[6];
            random.NextBytes(bytes);
            bytes[0] = (byte)((bytes[0] | 0x02) & 0xFE);
            return string.Join(":", System.Array.ConvertAll(bytes, b => b.ToString("x2", CultureInfo.InvariantCulture)));
        }
    }
}
