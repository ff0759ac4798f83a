using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DynamicsWifi.Cli.Demo;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Spectre.Console;

namespace DynamicsWifi.Client.Tests
{
    [TestClass]
    [DoNotParallelize]
    public sealed class DemoTests
    {
        [TestMethod]
        public async Task DemoWithExit_SummaryMatchesTheDayItGenerated()
        {
            var folder = Directory.CreateTempSubdirectory("wifi-demo-").FullName;
            var output = new StringWriter();
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No });

            var result = await new DemoRun { Exit = true, Guests = 150, Seed = 7, DataFile = Path.Combine(folder, "demo.db") }.RunAsync(console, CancellationToken.None);

            var expected = result.Day.Expected;
            Assert.AreEqual(expected.Events, result.Replay.Events);
            Assert.AreEqual(0, result.Replay.Failed);
            Assert.AreEqual(expected.Sessions, result.Replay.Recorded);
            Assert.AreEqual(expected.Updated, result.Replay.Updated);
            Assert.AreEqual(expected.Unchanged, result.Replay.Unchanged);
            CollectionAssert.AreEquivalent(expected.RejectedByCode.OrderBy(code => code.Key).ToList(), result.Replay.RejectedByCode.OrderBy(code => code.Key).ToList());
            Assert.AreEqual(expected.Contacts, result.Crm.Contacts.Count);
            Assert.AreEqual(expected.Sessions, result.Crm.Sessions.Count);
            Assert.AreEqual(expected.Contacts, result.Replay.Results.Count(login => login.ContactCreated));
            StringAssert.Contains(output.ToString(), "Unsubscribe in Dynamics");
        }
    }
}
