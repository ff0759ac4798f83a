using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Scenarios.Tests.Ingest
{
    /// <summary>No email, phone or MAC of the input anywhere but the contact's own email and mobile columns: not in a
    /// trace line, an error message, a rejection, a result, or any other stored column (DESIGN.md 3 and 5).</summary>
    [TestClass]
    public sealed class PrivacyTests
    {
        private static readonly string[] Forbidden =
        {
            "ann.privacy", "bob.privacy", "7700900456", "7700 900456", "7700900789",
            "a4:5e:60:c2:11:0b", "a45e60c2110b", "a4-5e-60", "c2110b", "60c2",
        };

        [TestMethod]
        public void GuestData_AppearsOnlyInTheContactsOwnColumns()
        {
            var wifi = WifiOrganization.Start();
            wifi.SetSecret("MacHashKey", "test-key");
            var messages = new List<string>();

            wifi.Record(Login.Of("Ann.Privacy@example.com").With("Mobile", "+44 7700 900456").With("MacAddress", "A4-5E-60-C2-11-0B").With("FirstName", "Ann"));
            wifi.Record(Login.ByPhone("07700 900789").With("MacAddress", "a4:5e:60:c2:11:0b"));
            messages.Add(Refusal(() => wifi.Record(Login.Of("ann.privacy@@example.com").With("Mobile", "+44 7700 900456 x").With("MacAddress", "a4:5e:60:c2:11:0bz"))));
            messages.Add(Refusal(() => wifi.Record(Login.Of("bob.privacy@example.com", "conflict").With("SessionId", wifi.Visits().First()["cr_sessionid"]))));
            var batch = wifi.RecordBatchOf(Login.Batch(new[]
            {
                Login.Of("bob.privacy@example.com").With("Mobile", "07700 900789").With("MacAddress", "a45e.60c2.110b"),
                Login.Of("ann.privacy@example.com").With("Mobile", "+447700900456 ext").With("MacAddress", "a4:5e:60:c2:11"),
            }));
            messages.Add((string)batch["Rejected"]);
            messages.Add(Refusal(() => wifi.RecordBatchOf("[\"ann.privacy@example.com\" \"+447700900456\"]")));
            wifi.Emulator.RunAsyncJobs();

            var traces = wifi.Emulator.PluginTraces.Records.SelectMany(record => record.Lines.Concat(new[] { record.Exception ?? string.Empty }));
            var stored = StoredText(wifi);
            Assert.IsTrue(wifi.Contacts().Any(contact => contact.GetAttributeValue<string>("emailaddress1") == "ann.privacy@example.com"), "the data went where it belongs");
            Assert.IsTrue(wifi.Visits().All(visit => visit.GetAttributeValue<string>("cr_device_mac_hash")?.Length == 64), "MACs stored only as hashes");
            Assert.IsTrue(traces.Count() > 5 && stored.Any(text => text.StartsWith("cr_wifiingestbatch.cr_results=", StringComparison.Ordinal)));
            foreach (var text in traces.Concat(messages).Concat(stored))
            {
                var leaked = Forbidden.FirstOrDefault(value => text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0);
                Assert.IsNull(leaked, "'" + leaked + "' leaked into: " + text);
            }
        }

        /// <summary>Every stored value of the tables the ingest writes, but the contact's own email and mobile.</summary>
        private static IEnumerable<string> StoredText(WifiOrganization wifi)
        {
            var own = new HashSet<string> { "emailaddress1", "mobilephone" };
            foreach (var table in new[] { "contact", "cr_wifivisit", "cr_wifiingestbatch", "asyncoperation" })
            {
                foreach (var row in wifi.All(table))
                {
                    foreach (var attribute in row.Attributes.Where(attribute => table != "contact" || !own.Contains(attribute.Key)))
                    {
                        yield return table + "." + attribute.Key + "=" + Text(attribute.Value);
                    }
                }
            }
        }

        private static string Text(object? value) => value switch
        {
            EntityReference reference => reference.Name ?? reference.Id.ToString(),
            OptionSetValue option => option.Value.ToString(),
            null => string.Empty,
            _ => value.ToString() ?? string.Empty,
        };

        private static string Refusal(Action call) => Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(call).Detail.Message;
    }
}
