using System.Collections.Generic;

namespace DynamicsWifi.Plugins.Consent
{
    /// <summary>Consent on one channel turned on or off by a save.</summary>
    public sealed class ChannelChange
    {
        private static readonly string[] Channels = { ConsentChannel.Email, ConsentChannel.Phone };

        public ChannelChange(string channel, bool granted)
        {
            Channel = channel;
            Granted = granted;
        }

        public string Channel { get; }

        public bool Granted { get; }

        /// <summary>Every channel whose consent differs between the two states, email first.</summary>
        public static IReadOnlyList<ChannelChange> Between(ContactConsent before, ContactConsent after)
        {
            var changes = new List<ChannelChange>();
            foreach (var channel in Channels)
            {
                if (before.Granted(channel) != after.Granted(channel))
                {
                    changes.Add(new ChannelChange(channel, after.Granted(channel)));
                }
            }

            return changes;
        }
    }
}
