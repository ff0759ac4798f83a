using System.Globalization;
using System.Linq;
using Spectre.Console;

namespace DynamicsWifi.Cli.Replay
{
    /// <summary>A replay's summary as a table: outcomes, refusals by code, speed, API calls, 429s and time waited.</summary>
    public static class SummaryView
    {
        public static Table Render(ReplaySummary summary, string? note = null)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Replay").AddColumn(new TableColumn("").RightAligned());
            Row(table, "events", summary.Events);
            Row(table, "recorded", summary.Recorded);
            Row(table, "updated", summary.Updated);
            Row(table, "unchanged", summary.Unchanged);
            Row(table, "rejected", summary.Rejected);
            foreach (var code in summary.RejectedByCode)
            {
                Row(table, "  " + code.Key, code.Value);
            }

            if (summary.Failed > 0)
            {
                table.AddRow("[red]failed (not recorded)[/]", summary.Failed.ToString(CultureInfo.InvariantCulture));
                table.AddRow("  why", Markup.Escape(summary.FailureReasons));
            }

            table.AddRow("events/s", summary.EventsPerSecond.ToString("N0", CultureInfo.InvariantCulture));
            Row(table, "API calls", summary.Calls.Calls);
            Row(table, "429s (throttled)", summary.Calls.Throttled);
            table.AddRow("total wait before retries", summary.Calls.TotalWait.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture) + " s");
            table.AddRow("elapsed", summary.Elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture) + " s");
            if (note != null)
            {
                table.Caption(Markup.Escape(note));
            }

            return table;
        }

        private static void Row(Table table, string name, long value) => table.AddRow(Markup.Escape(name), value.ToString("N0", CultureInfo.InvariantCulture));
    }
}
