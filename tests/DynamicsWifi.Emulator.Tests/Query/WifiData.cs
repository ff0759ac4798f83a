using System;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Tests.Query
{
    /// <summary>Two accounts, three contacts (one without account) and their WiFi visits.</summary>
    internal sealed class WifiData
    {
        public WifiData()
        {
            Source = QueryFixture.NewSource();
            Hotel = Source.Add("account", ("name", "Harbour Hotel"), ("industrycode", new OptionSetValue(2))).Id;
            Airport = Source.Add("account", ("name", "Airport"), ("industrycode", new OptionSetValue(3))).Id;
            Ann = Source.Add("contact", ("fullname", "Ann"), ("parentcustomerid", new EntityReference("account", Hotel)), ("cr_identitykey", "ann-key")).Id;
            Bob = Source.Add("contact", ("fullname", "Bob"), ("parentcustomerid", new EntityReference("account", Airport)), ("cr_identitykey", "bob-key")).Id;
            Cy = Source.Add("contact", ("fullname", "Cy")).Id;
            Visit("v1", Ann, 30, 100);
            Visit("v2", Ann, 45, 200);
            Visit("v3", Bob, 10, 100);
        }

        public TestRowSource Source { get; }

        public Guid Hotel { get; }

        public Guid Airport { get; }

        public Guid Ann { get; }

        public Guid Bob { get; }

        public Guid Cy { get; }

        private void Visit(string name, Guid contact, int minutes, int zone) =>
            Source.Add("cr_wifivisit", ("cr_name", name), ("cr_contactid", new EntityReference("contact", contact)), ("cr_dwellminutes", minutes), ("cr_zone", new OptionSetValue(zone)));
    }
}
