using System.Collections.Generic;

namespace DynamicsWifi.Cli.Demo
{
    /// <summary>The venues of the demo and their zones.</summary>
    public static class DemoVenues
    {
        public static readonly IReadOnlyList<(string Venue, string[] Zones)> All = new[]
        {
            ("Grand Hotel", new[] { "Lobby", "Spa", "Pool", "Restaurant" }),
            ("Harbour Mall", new[] { "Atrium", "Food Court", "Cinema" }),
            ("City Stadium", new[] { "Concourse", "North Stand", "South Stand" }),
        };

        public static readonly string[] FirstNames = { "Ann", "Ben", "Chloe", "Dev", "Emma", "Farid", "Grace", "Hugo", "Isla", "Jon", "Kemi", "Liam", "Maya", "Noah", "Olu", "Priya", "Quinn", "Rosa", "Sam", "Tara" };

        public static readonly string[] LastNames = { "Adams", "Brown", "Chen", "Davies", "Evans", "Fischer", "Garcia", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Murphy", "Nowak", "Okafor", "Patel" };
    }
}
