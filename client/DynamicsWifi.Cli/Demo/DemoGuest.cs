using System.Collections.Generic;

namespace DynamicsWifi.Cli.Demo
{
    /// <summary>A made-up guest: how they log in (email, or phone only, written nationally or not), their devices.</summary>
    public sealed class DemoGuest
    {
        public DemoGuest(int number, string firstName, string lastName, string? email, string? mobile, IReadOnlyList<string> devices, bool canReceiveEmail)
        {
            Number = number;
            FirstName = firstName;
            LastName = lastName;
            Email = email;
            Mobile = mobile;
            Devices = devices;
            CanReceiveEmail = canReceiveEmail;
        }

        public int Number { get; }

        public string FirstName { get; }

        public string LastName { get; }

        public string? Email { get; }

        /// <summary>A UK mobile; phone-only guests alternate between "07700 900123" and "+44 7700 900123".</summary>
        public string? Mobile { get; }

        /// <summary>MAC addresses; a second one is a second device.</summary>
        public IReadOnlyList<string> Devices { get; }

        public bool CanReceiveEmail { get; }

        public string GuestId => "guest-" + Number;
    }
}
