using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;

namespace DynamicsWifi.Emulator.Tests.Query
{
    /// <summary>A small hand-built catalog: account, contact (with an alternate key on the identity key), WiFi visits
    /// under contacts, and system users.</summary>
    internal static class TestCatalog
    {
        public static readonly MetadataCatalog Instance = Build();

        private static MetadataCatalog Build()
        {
            var account = Table("account", "accountid", "name", "accounts", new[]
            {
                Column("account", "name", ColumnType.String),
                Column("account", "numberofemployees", ColumnType.Integer),
                Column("account", "revenue", ColumnType.Money),
                Column("account", "industrycode", ColumnType.Picklist, options: new Dictionary<int, string> { [1] = "Retail", [2] = "Hospitality", [3] = "Aviation" }),
            });
            var contact = Table("contact", "contactid", "fullname", "contacts", new[]
            {
                Column("contact", "fullname", ColumnType.String),
                Column("contact", "emailaddress1", ColumnType.String),
                Column("contact", "cr_identitykey", ColumnType.String),
                Column("contact", "numberofchildren", ColumnType.Integer),
                Column("contact", "creditlimit", ColumnType.Money),
                Column("contact", "birthdate", ColumnType.DateTime),
                Column("contact", "lastvisitedon", ColumnType.DateTime),
                Column("contact", "donotemail", ColumnType.Boolean),
                Column("contact", "gendercode", ColumnType.Picklist, options: new Dictionary<int, string> { [1] = "Male", [2] = "Female" }),
                Column("contact", "cr_interests", ColumnType.MultiSelectPicklist, options: new Dictionary<int, string> { [1] = "Coffee", [2] = "Books", [3] = "Sport" }),
                Column("contact", "parentcustomerid", ColumnType.Lookup, targets: new[] { "account" }),
                Column("contact", "ownerid", ColumnType.Lookup, targets: new[] { "systemuser" }),
            }, new AlternateKeyMetadata("contact", "cr_IdentityKey", new[] { "cr_identitykey" }));
            var visit = Table("cr_wifivisit", "cr_wifivisitid", "cr_name", "cr_wifivisits", new[]
            {
                Column("cr_wifivisit", "cr_name", ColumnType.String),
                Column("cr_wifivisit", "cr_contactid", ColumnType.Lookup, targets: new[] { "contact" }),
                Column("cr_wifivisit", "cr_startedon", ColumnType.DateTime),
                Column("cr_wifivisit", "cr_dwellminutes", ColumnType.Integer),
                Column("cr_wifivisit", "cr_bytes", ColumnType.BigInt),
                Column("cr_wifivisit", "cr_score", ColumnType.Double),
                Column("cr_wifivisit", "cr_rating", ColumnType.Decimal),
                Column("cr_wifivisit", "cr_spend", ColumnType.Money),
                Column("cr_wifivisit", "cr_zone", ColumnType.Picklist, options: new Dictionary<int, string> { [100] = "Lobby", [200] = "Pool", [300] = "Bar" }),
            });
            var user = Table("systemuser", "systemuserid", "fullname", "systemusers", new[]
            {
                Column("systemuser", "fullname", ColumnType.String),
            });
            var relationships = new[]
            {
                new RelationshipMetadata("contact_customer_accounts", "account", "contact", "parentcustomerid", CascadeBehavior.RemoveLink),
                new RelationshipMetadata("cr_contact_wifivisit", "contact", "cr_wifivisit", "cr_contactid", CascadeBehavior.Cascade),
            };
            return new MetadataCatalog(new[] { account, contact, visit, user }, relationships);
        }

        private static TableMetadata Table(string name, string key, string primaryName, string set, ColumnMetadata[] columns, params AlternateKeyMetadata[] keys)
        {
            var all = columns.Append(new ColumnMetadata(name, key, ColumnType.PrimaryKey))
                .Append(new ColumnMetadata(name, "createdon", ColumnType.DateTime))
                .ToDictionary(column => column.LogicalName);
            return new TableMetadata(name, key, primaryName, set, OwnershipType.UserOwned, all, keys);
        }

        private static ColumnMetadata Column(string table, string name, ColumnType type, IReadOnlyDictionary<int, string>? options = null, IReadOnlyList<string>? targets = null) =>
            new ColumnMetadata(table, name, type, options: options, lookupTargets: targets, precision: type == ColumnType.Money ? 2 : null);
    }
}
