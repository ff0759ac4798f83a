using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using DynamicsWifi.Cli.Replay;
using DynamicsWifi.Client.Model;
using Spectre.Console;

namespace DynamicsWifi.Cli.Demo
{
    /// <summary>What a marketer would see after the day: contacts vs sessions, the returning-guest rate, sessions per
    /// hour, top zones, the refused events by code, and the WiFi columns a few contacts hold.</summary>
    public static class MarketerView
    {
        public static void Show(IAnsiConsole console, CrmSnapshot crm, ReplaySummary replay, DateTime dayStart)
        {
            var returning = ReturningRate(crm, replay, out var source);
            var figures = new Table().Border(TableBorder.Rounded).Title("[bold]The day in Dynamics[/]").AddColumn("").AddColumn(new TableColumn("").RightAligned());
            figures.AddRow("contacts (guests)", N(crm.Contacts.Count));
            figures.AddRow("  created by the replay", N(replay.Results.Count(result => result.ContactCreated)));
            figures.AddRow("WiFi sessions", N(crm.Sessions.Count));
            figures.AddRow("returning-guest rate", returning.ToString("P0", CultureInfo.InvariantCulture) + " [grey](" + source + ")[/]");
            console.Write(figures);

            var perHour = crm.Sessions.Select(session => Date(session, "cr_sessionstart")).Where(start => start >= dayStart && start < dayStart.AddDays(1))
                .GroupBy(start => start!.Value.Hour).OrderBy(group => (group.Key - dayStart.Hour + 24) % 24);
            var chart = new BarChart().Label($"[bold]WiFi sessions started per hour (UTC), {dayStart:yyyy-MM-dd}[/]").Width(70);
            foreach (var hour in perHour)
            {
                chart.AddItem(hour.Key.ToString("00", CultureInfo.InvariantCulture) + ":00", hour.Count(), Color.SteelBlue);
            }

            console.Write(chart);
            var zones = new Table().Border(TableBorder.Rounded).Title("[bold]Top zones[/]").AddColumn("venue").AddColumn("zone").AddColumn(new TableColumn("sessions").RightAligned());
            foreach (var zone in crm.Sessions.GroupBy(session => (Text(session, "cr_venue"), Text(session, "cr_zone"))).OrderByDescending(group => group.Count()).Take(5))
            {
                zones.AddRow(Markup.Escape(zone.Key.Item1 ?? "-"), Markup.Escape(zone.Key.Item2 ?? "-"), N(zone.Count()));
            }

            console.Write(zones);
            var rejected = new Table().Border(TableBorder.Rounded).Title("[bold]Events refused, by code[/]").AddColumn("code").AddColumn("field").AddColumn(new TableColumn("events").RightAligned());
            foreach (var code in replay.Results.Where(result => result.Outcome == RecordOutcome.Rejected).GroupBy(result => (result.Errors[0].Code, result.Errors[0].Field)).OrderBy(group => group.Key.Code))
            {
                rejected.AddRow(code.Key.Code, Markup.Escape(code.Key.Field ?? "-"), N(code.Count()));
            }

            console.Write(rejected);
            console.Write(TopGuests(crm));
        }

        private static Table TopGuests(CrmSnapshot crm)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("[bold]Most frequent guests (columns as the contact holds them)[/]")
                .AddColumn("contact").AddColumn(new TableColumn("visits").RightAligned()).AddColumn(new TableColumn("sessions").RightAligned())
                .AddColumn(new TableColumn("dwell min").RightAligned()).AddColumn("preferred zone").AddColumn("marketing email");
            foreach (var contact in crm.Contacts.OrderByDescending(contact => Int(contact, "cr_wifi_visit_count") ?? 0).ThenBy(contact => Text(contact, "lastname")).Take(5))
            {
                table.AddRow(
                    Markup.Escape((Text(contact, "firstname") + " " + Text(contact, "lastname")).Trim()),
                    Show(Int(contact, "cr_wifi_visit_count")),
                    Show(Int(contact, "cr_wifi_session_count")),
                    Show(Int(contact, "cr_wifi_total_dwell")),
                    Markup.Escape(Text(contact, "cr_wifi_zone_preference") ?? "-"),
                    contact.TryGetProperty("donotbulkemail", out var opted) && opted.ValueKind == JsonValueKind.True ? "no" : "yes");
            }

            table.Caption("[grey]- : not filled in by this build of the solution[/]");
            return table;
        }

        /// <summary>Share of guests with two visits or more: from the contacts' visit counts when the solution keeps them,
        /// else from the highest VisitCount each guest's logins were answered with.</summary>
        public static double ReturningRate(CrmSnapshot crm, ReplaySummary replay, out string source)
        {
            if (crm.Contacts.Count > 0 && crm.Contacts.Any(contact => Int(contact, "cr_wifi_visit_count") != null))
            {
                source = "contacts' visit counts";
                return crm.Contacts.Count(contact => (Int(contact, "cr_wifi_visit_count") ?? 0) >= 2) / (double)crm.Contacts.Count;
            }

            source = "VisitCount of the recorded logins";
            var guests = replay.Results.Where(result => result.ContactId != null).GroupBy(result => result.ContactId).ToList();
            return guests.Count == 0 ? 0 : guests.Count(guest => guest.Max(result => result.VisitCount ?? 0) >= 2) / (double)guests.Count;
        }

        private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

        private static string Show(int? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";

        private static string? Text(JsonElement row, string name) => row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static int? Int(JsonElement row, string name) => row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

        private static DateTime? Date(JsonElement row, string name) =>
            Text(row, name) is string text ? DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal) : null;
    }
}
