using System;
using System.Linq;
using System.ServiceModel;
using DynamicsWifi.Plugins.Validation;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Scenarios.Tests.Ingest
{
    /// <summary>Every code of WifiErrorCodes, triggered through the APIs as registered, and nothing written.
    /// WIFI_RETRY needs a race: RaceTests triggers it. WIFI_INVALID_PARAMETER belongs to the repair API: RecalculateAggregatesTests.</summary>
    [TestClass]
    public sealed class ErrorCodeTests
    {
        [TestMethod]
        [DataRow(WifiErrorCodes.NoIdentity, "Email", null)]
        [DataRow(WifiErrorCodes.InvalidEmail, "Email", "ann@@example.com")]
        [DataRow(WifiErrorCodes.InvalidMobile, "Mobile", "+44 77OO 900123")]
        [DataRow(WifiErrorCodes.InvalidGender, "Gender", "Z")]
        [DataRow(WifiErrorCodes.InvalidDateOfBirth, "DateOfBirth", "2099-01-01")]
        [DataRow(WifiErrorCodes.MissingField, "Venue", null)]
        [DataRow(WifiErrorCodes.FieldTooLong, "SessionId", "x101")]
        [DataRow(WifiErrorCodes.InvalidMac, "MacAddress", "a4:5e:60")]
        public void SingleLoginWithAnInvalidField_IsRefusedWithItsCodeAndNothingWritten(string code, string field, string? value)
        {
            var wifi = WifiOrganization.Start();
            var login = Login.Of("ann@example.com").With(field, value == "x101" ? new string('x', 101) : value);

            var message = Refusal(() => wifi.Record(login));

            StringAssert.StartsWith(message, code + ": ");
            StringAssert.Contains(message, field);
            AssertNothingWritten(wifi);
        }

        [TestMethod]
        public void SessionDates_AreChecked()
        {
            var wifi = WifiOrganization.Start();
            var now = DateTime.UtcNow;

            var outOfRange = Refusal(() => wifi.Record(Login.Of("ann@example.com").At(new DateTime(1999, 1, 1, 0, 0, 0, DateTimeKind.Utc))));
            var endBeforeStart = Refusal(() => wifi.Record(Login.Of("ann@example.com").At(now.AddMinutes(-5), now.AddMinutes(-10))));

            StringAssert.StartsWith(outOfRange, WifiErrorCodes.DateOutOfRange + ": ");
            StringAssert.StartsWith(endBeforeStart, WifiErrorCodes.SessionEndBeforeStart + ": ");
            AssertNothingWritten(wifi);
        }

        [TestMethod]
        public void SeveralInvalidFields_AreReportedInOneMessageFirstCodeLeading()
        {
            var wifi = WifiOrganization.Start();

            var message = Refusal(() => wifi.Record(Login.Of("bad-email").With("Gender", "Q").With("Zone", new string('z', 101))));

            StringAssert.StartsWith(message, WifiErrorCodes.InvalidEmail + ": ");
            StringAssert.Contains(message, WifiErrorCodes.InvalidGender + " Gender");
            StringAssert.Contains(message, WifiErrorCodes.FieldTooLong + " Zone");
            AssertNothingWritten(wifi);
        }

        [TestMethod]
        [DataRow(WifiErrorCodes.BatchNotJsonArray, "{\"SessionId\":\"s\"}")]
        [DataRow(WifiErrorCodes.BatchNotJsonArray, "[{\"SessionId\":\"s\"")]
        [DataRow(WifiErrorCodes.BatchTooLarge, "501")]
        public void BatchThatIsNotAnArrayOfAtMost500_IsRefusedWhole(string code, string events)
        {
            var wifi = WifiOrganization.Start();
            var text = events == "501" ? Login.Batch(Enumerable.Range(0, 501).Select(index => Login.Of("g" + index + "@example.com"))) : events;

            var message = Refusal(() => wifi.RecordBatchOf(text, "batch-1"));

            StringAssert.StartsWith(message, code + ": ");
            AssertNothingWritten(wifi);
            Assert.AreEqual(0, wifi.All("cr_wifiingestbatch").Count);
        }

        [TestMethod]
        [DataRow(WifiErrorCodes.EventNotObject, "[\"ann@example.com\"]")]
        [DataRow(WifiErrorCodes.WrongJsonType, "[{\"SessionId\":1,\"Venue\":\"v\",\"SessionStart\":\"2026-01-01T00:00:00Z\",\"Email\":\"ann@example.com\"}]")]
        [DataRow(WifiErrorCodes.UnknownField, "[{\"SessionId\":\"s\",\"Venue\":\"v\",\"SessionStart\":\"2026-01-01T00:00:00Z\",\"Email\":\"ann@example.com\",\"Phone\":\"1\"}]")]
        [DataRow(WifiErrorCodes.DuplicateField, "[{\"SessionId\":\"s\",\"Venue\":\"v\",\"Venue\":\"w\",\"SessionStart\":\"2026-01-01T00:00:00Z\",\"Email\":\"ann@example.com\"}]")]
        [DataRow(WifiErrorCodes.InvalidDate, "[{\"SessionId\":\"s\",\"Venue\":\"v\",\"SessionStart\":\"01/01/2026\",\"Email\":\"ann@example.com\"}]")]
        public void BadBatchEvent_IsRejectedWithItsIndexAndNothingIsRecorded(string code, string events)
        {
            var wifi = WifiOrganization.Start();

            var response = wifi.RecordBatchOf(events);
            wifi.Emulator.RunAsyncJobs();

            Assert.AreEqual(0, response["Accepted"]);
            StringAssert.StartsWith((string)response["Rejected"], "[{\"Index\":0,\"Code\":\"" + code + "\"");
            AssertNothingWritten(wifi);
        }

        [TestMethod]
        public void SessionConflict_InABatch_IsThatEventsResultAndWritesNothingForIt()
        {
            var wifi = WifiOrganization.Start();
            wifi.Record(Login.Of("ann@example.com", "s-1"));

            var response = wifi.RecordBatchOf(Login.Batch(new[] { Login.Of("bob@example.com", "s-1") }));
            wifi.Emulator.RunAsyncJobs();

            var batch = wifi.System.Retrieve("cr_wifiingestbatch", (Guid)response["IngestBatchId"], new Microsoft.Xrm.Sdk.Query.ColumnSet(true));
            StringAssert.Contains((string)batch["cr_results"], WifiErrorCodes.SessionConflict);
            Assert.AreEqual(582140003, batch.GetAttributeValue<OptionSetValue>("cr_status").Value);
            Assert.AreEqual(1, wifi.Visits().Count);
            Assert.AreEqual(2, wifi.Contacts().Count, "the conflicting guest's contact is created, its session is not");
        }

        [TestMethod]
        public void EveryCodeOfTheList_HasATriggerHere()
        {
            var here = typeof(ErrorCodeTests).GetMethods()
                .SelectMany(method => method.GetCustomAttributes(typeof(DataRowAttribute), false).Cast<DataRowAttribute>())
                .Select(row => (string)row.Data[0]!)
                .Concat(new[] { WifiErrorCodes.DateOutOfRange, WifiErrorCodes.SessionEndBeforeStart, WifiErrorCodes.SessionConflict, WifiErrorCodes.Retry, WifiErrorCodes.InvalidParameter })
                .Concat(Consent.UpdateWifiConsentTests.CodesTriggered)
                .ToHashSet();

            CollectionAssert.AreEquivalent(WifiErrorCodes.All.ToArray(), here.ToArray());
        }

        private static string Refusal(Action call)
        {
            var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(call);
            return fault.Detail.Message;
        }

        private static void AssertNothingWritten(WifiOrganization wifi)
        {
            Assert.AreEqual(0, wifi.Contacts().Count, "no contact");
            Assert.AreEqual(0, wifi.Visits().Count, "no session");
        }
    }
}
