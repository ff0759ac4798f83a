using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Store;
using DynamicsWifi.Emulator.Transactions;

namespace DynamicsWifi.Emulator.Tests.Store
{
    /// <summary>A small hand-built catalog: contact with the identity key, cr_wifivisit with the session key and its
    /// lookup to contact, and a test-only counter table with a two-column key.</summary>
    internal static class TestCatalog
    {
        public const string Contact = "contact";
        public const string ContactId = "contactid";
        public const string IdentityKey = "cr_wifi_identitykey";
        public const string Email = "emailaddress1";
        public const string VisitCount = "cr_wifi_visit_count";

        public const string Visit = "cr_wifivisit";
        public const string VisitId = "cr_wifivisitid";
        public const string SessionId = "cr_sessionid";
        public const string VisitContact = "cr_contactid";
        public const string Venue = "cr_venue";

        public const string Counter = "cr_counter";
        public const string CounterId = "cr_counterid";
        public const string CounterScope = "cr_scope";
        public const string CounterName = "cr_name";
        public const string CounterValue = "cr_value";

        public static MetadataCatalog Build()
        {
            var contact = Table(
                Contact,
                ContactId,
                new[] { Column(Contact, Email, ColumnType.String), Column(Contact, IdentityKey, ColumnType.String), Column(Contact, VisitCount, ColumnType.Integer) },
                new[] { new AlternateKeyMetadata(Contact, "cr_contact_wifiidentity", new[] { IdentityKey }) });
            var visit = Table(
                Visit,
                VisitId,
                new[]
                {
                    Column(Visit, SessionId, ColumnType.String),
                    Column(Visit, VisitContact, ColumnType.Lookup, new[] { Contact }),
                    Column(Visit, Venue, ColumnType.String),
                },
                new[] { new AlternateKeyMetadata(Visit, "cr_wifivisit_session", new[] { SessionId }) });
            var counter = Table(
                Counter,
                CounterId,
                new[] { Column(Counter, CounterScope, ColumnType.Integer), Column(Counter, CounterName, ColumnType.String), Column(Counter, CounterValue, ColumnType.Integer) },
                new[] { new AlternateKeyMetadata(Counter, "cr_counter_scopename", new[] { CounterScope, CounterName }) });
            var relationship = new RelationshipMetadata("cr_contact_cr_wifivisit", Contact, Visit, VisitContact, CascadeBehavior.Cascade);
            return new MetadataCatalog(new[] { contact, visit, counter }, new[] { relationship });
        }

        public static Database Database(TimeSpan? lockTimeout = null) => new(Build(), lockTimeout);

        public static AlternateKeyMetadata Key(MetadataCatalog catalog, string table) => catalog.GetTable(table).Keys[0];

        public static Row ContactRow(Guid id, string? identityKey, int visits = 0) => new(
            Contact,
            id,
            new Dictionary<string, object?> { [ContactId] = id, [IdentityKey] = identityKey, [VisitCount] = visits },
            0);

        public static Row VisitRow(Guid id, string sessionId, Guid contactId) => new(
            Visit,
            id,
            new Dictionary<string, object?>
            {
                [VisitId] = id,
                [SessionId] = sessionId,
                [VisitContact] = new Microsoft.Xrm.Sdk.EntityReference(Contact, contactId),
            },
            0);

        public static Row CounterRow(Guid id, int scope, string name, int value = 0) => new(
            Counter,
            id,
            new Dictionary<string, object?> { [CounterId] = id, [CounterScope] = scope, [CounterName] = name, [CounterValue] = value },
            0);

        /// <summary>Column changes from name/value pairs.</summary>
        public static IReadOnlyDictionary<string, object?> Changes(params object?[] pairs)
        {
            var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < pairs.Length; i += 2)
            {
                changes[(string)pairs[i]!] = pairs[i + 1];
            }

            return changes;
        }

        /// <summary>Commits the rows in one transaction.</summary>
        public static void Seed(Database database, params Row[] rows)
        {
            using var transaction = database.Begin();
            foreach (var row in rows)
            {
                transaction.Insert(row);
            }

            transaction.Commit();
        }

        private static TableMetadata Table(string name, string idColumn, IEnumerable<ColumnMetadata> columns, IReadOnlyList<AlternateKeyMetadata> keys)
        {
            var all = new[] { Column(name, idColumn, ColumnType.PrimaryKey) }.Concat(columns).ToDictionary(column => column.LogicalName, StringComparer.Ordinal);
            return new TableMetadata(name, idColumn, null, name + "s", OwnershipType.OrganizationOwned, all, keys);
        }

        private static ColumnMetadata Column(string table, string name, ColumnType type, IReadOnlyList<string>? targets = null) =>
            new(table, name, type, lookupTargets: targets);
    }
}
