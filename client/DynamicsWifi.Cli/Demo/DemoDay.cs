using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Client.Model;

namespace DynamicsWifi.Cli.Demo
{
    /// <summary>A made-up day of logins at a few venues, reproducible from its seed: guests by email or phone only (some
    /// numbers written nationally), returning guests (seen yesterday, or twice today), reconnects and second devices within
    /// a visit, repeats of the portal's calls, a handful of malformed events, sessions still open at the end of the day,
    /// and the nightly batch that delivers yesterday's late sessions (shuffled) and today's session ends.</summary>
    public sealed class DemoDay
    {
        private readonly Random _random;
        private readonly DateTime _dayStart;
        private readonly List<GuestEvent> _today = new List<GuestEvent>();
        private readonly List<GuestEvent> _yesterday = new List<GuestEvent>();
        private readonly HashSet<int> _seen = new HashSet<int>();
        private int _session;

        private DemoDay(int seed, DateTime now)
        {
            _random = new Random(seed);
            Now = now;
            _dayStart = now.AddHours(-14);
        }

        /// <summary>The end of the day: the latest 22:00 UTC that has passed; the day opened 14 hours earlier.</summary>
        public DateTime Now { get; }

        public DateTime DayStart => _dayStart;

        /// <summary>Today's logins as the portal sent them, in time order.</summary>
        public IReadOnlyList<GuestEvent> Live { get; private set; } = Array.Empty<GuestEvent>();

        /// <summary>The nightly batch: yesterday's sessions shuffled, and the ends of sessions left open today.</summary>
        public IReadOnlyList<GuestEvent> Nightly { get; private set; } = Array.Empty<GuestEvent>();

        public DemoExpectation Expected { get; private set; } = new DemoExpectation();

        public static DemoDay Generate(int guests, int seed, DateTime now)
        {
            var closing = new DateTime(now.Year, now.Month, now.Day, 22, 0, 0, DateTimeKind.Utc);
            var day = new DemoDay(seed, closing <= now ? closing : closing.AddDays(-1));
            day.Build(DemoGuests.Make(guests, day._random));
            return day;
        }

        private void Build(IReadOnlyList<DemoGuest> guests)
        {
            foreach (var guest in guests)
            {
                var visitsToday = _random.NextDouble() < 0.6 ? (_random.NextDouble() < 0.2 ? 2 : 1) : 0;
                for (var visit = 0; visit < visitsToday; visit++)
                {
                    var start = _dayStart.AddMinutes(visit * 420 + Peaked(visitsToday == 2 ? 300 : 760));
                    Visit(guest, start, _today);
                }

                if (_random.NextDouble() < 0.35)
                {
                    Visit(guest, _dayStart.AddHours(-24).AddMinutes(Peaked(760)), _yesterday);
                }
            }

            var closing = CloseLater(_today.Where(login => login.SessionEnd >= Now.AddMinutes(-30)).ToList());
            var live = _today.OrderBy(login => login.SessionStart).ToList();
            var repeats = Repeat(live);
            var malformed = Malformed();
            foreach (var bad in malformed)
            {
                live.Insert(_random.Next(0, live.Count + 1), bad.Login);
            }

            Live = live;
            Nightly = _yesterday.OrderBy(_ => _random.Next()).Concat(closing).ToList();
            Expected = new DemoExpectation
            {
                Contacts = _seen.Count,
                Sessions = _today.Count + _yesterday.Count,
                Updated = closing.Count,
                Unchanged = repeats,
                RejectedByCode = malformed.GroupBy(bad => bad.Code).ToDictionary(group => group.Key, group => group.Count()),
                Events = Live.Count + Nightly.Count,
            };
        }

        /// <summary>Minutes into an opening, busiest in its middle.</summary>
        private int Peaked(int minutes) => (int)((_random.NextDouble() + _random.NextDouble()) / 2 * minutes);

        private void Visit(DemoGuest guest, DateTime start, List<GuestEvent> into)
        {
            if (start > Now.AddMinutes(-20))
            {
                start = Now.AddMinutes(-20 - _random.Next(0, 60));
            }

            _seen.Add(guest.Number);
            var (venue, zones) = DemoVenues.All[_random.Next(DemoVenues.All.Count)];
            var end = start.AddMinutes(_random.Next(15, 120));
            into.Add(Login(guest, venue, zones, 0, start, end));
            var again = end.AddMinutes(_random.Next(2, 25));
            if (_random.NextDouble() < 0.3 && again < Now.AddMinutes(-5))
            {
                into.Add(Login(guest, venue, zones, 0, again, again.AddMinutes(_random.Next(10, 60))));
            }

            var second = start.AddMinutes(_random.Next(1, 10));
            if (guest.Devices.Count > 1 && _random.NextDouble() < 0.7 && second < Now.AddMinutes(-5))
            {
                var secondEnd = end.AddMinutes(_random.Next(-10, 10));
                into.Add(Login(guest, venue, zones, 1, second, secondEnd > second.AddMinutes(5) ? secondEnd : second.AddMinutes(5)));
            }
        }

        private GuestEvent Login(DemoGuest guest, string venue, string[] zones, int device, DateTime start, DateTime end) => new GuestEvent
        {
            SessionId = "demo-" + (++_session).ToString("D6", CultureInfo.InvariantCulture),
            Venue = venue,
            Zone = zones[_random.Next(zones.Length)],
            SessionStart = start,
            SessionEnd = end < Now ? end : Now,
            Email = guest.Email,
            Mobile = guest.Mobile == null ? null : _random.Next(2) == 0 ? guest.Mobile : "+44 " + guest.Mobile.Substring(1),
            FirstName = guest.FirstName,
            LastName = guest.LastName,
            CanReceiveEmail = guest.CanReceiveEmail,
            ConsentTimestamp = guest.CanReceiveEmail ? start : (DateTime?)null,
            ConsentChannel = guest.CanReceiveEmail ? "portal-optin" : null,
            GuestId = guest.GuestId,
            MacAddress = guest.Devices[device],
            AuthMethod = guest.Email != null ? "email" : "sms",
        };

        /// <summary>Sessions still going at the end of the day are sent open; their ends come in the nightly batch.</summary>
        private static List<GuestEvent> CloseLater(List<GuestEvent> open)
        {
            var ends = new List<GuestEvent>();
            foreach (var login in open)
            {
                ends.Add(Copy(login, login.SessionEnd));
                login.SessionEnd = null;
            }

            return ends;
        }

        /// <summary>The portal repeats about one call in fifty (a timeout on its side): same session, nothing new.</summary>
        private int Repeat(List<GuestEvent> live)
        {
            var repeated = 0;
            for (var index = live.Count - 1; index >= 0; index--)
            {
                if (_random.NextDouble() < 0.02)
                {
                    live.Insert(Math.Min(live.Count, index + 1 + _random.Next(0, 5)), Copy(live[index], live[index].SessionEnd));
                    repeated++;
                }
            }

            return repeated;
        }

        private List<(GuestEvent Login, string Code)> Malformed()
        {
            GuestEvent Bad(string name) => new GuestEvent
            {
                SessionId = "demo-bad-" + name,
                Venue = "Grand Hotel",
                SessionStart = Now.AddHours(-3),
                SessionEnd = Now.AddHours(-2),
                Email = name + "@example.org",
            };

            var badEmail = Bad("email");
            badEmail.Email = "ann.example.org";
            var badMobile = Bad("mobile");
            badMobile.Email = null;
            badMobile.Mobile = "12ab34";
            var badGender = Bad("gender");
            badGender.Gender = "Q";
            var endBeforeStart = Bad("end");
            endBeforeStart.SessionEnd = Now.AddHours(-4);
            var noVenue = Bad("venue");
            noVenue.Venue = null;
            var futureBirth = Bad("birth");
            futureBirth.DateOfBirth = Now.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new List<(GuestEvent, string)>
            {
                (badEmail, "WIFI_INVALID_EMAIL"),
                (badMobile, "WIFI_INVALID_MOBILE"),
                (badGender, "WIFI_INVALID_GENDER"),
                (endBeforeStart, "WIFI_SESSION_END_BEFORE_START"),
                (noVenue, "WIFI_MISSING_FIELD"),
                (futureBirth, "WIFI_INVALID_DATE_OF_BIRTH"),
            };
        }

        private static GuestEvent Copy(GuestEvent login, DateTime? end) => new GuestEvent
        {
            SessionId = login.SessionId, Venue = login.Venue, Zone = login.Zone, SessionStart = login.SessionStart, SessionEnd = end,
            Email = login.Email, Mobile = login.Mobile, FirstName = login.FirstName, LastName = login.LastName,
            CanReceiveEmail = login.CanReceiveEmail, ConsentTimestamp = login.ConsentTimestamp, ConsentChannel = login.ConsentChannel,
            GuestId = login.GuestId, MacAddress = login.MacAddress, AuthMethod = login.AuthMethod,
        };
    }
}
