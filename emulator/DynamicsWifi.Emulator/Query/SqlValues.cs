using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>Column values reduced to what SQL Server compares (string, decimal, double, DateTime, Guid, bool), and
    /// compared as Dataverse's database does: text under the organization's collation (<see cref="TextCollation"/>, the
    /// comparison the store's key indexes use too), uniqueidentifiers in SQL Server's byte order.</summary>
    internal static class SqlValues
    {
        /// <summary>Equality and hashing of normalized values, text under <paramref name="collation"/>.</summary>
        public static IEqualityComparer<object> Equality(TextCollation collation) => new SqlEqualityComparer(collation);

        public static object? Normalize(object? value) => value switch
        {
            null => null,
            string text => text,
            EntityReference reference => reference.Id,
            OptionSetValue option => (decimal)option.Value,
            Money money => money.Value,
            int number => (decimal)number,
            long number => (decimal)number,
            decimal number => number,
            double number => number,
            float number => (double)number,
            DateTime moment => ToUtc(moment),
            Guid id => id,
            bool flag => flag,
            AliasedValue aliased => Normalize(aliased.Value),
            _ => value,
        };

        public static DateTime ToUtc(DateTime moment) => moment.Kind switch
        {
            DateTimeKind.Utc => moment,
            DateTimeKind.Local => moment.ToUniversalTime(),
            _ => DateTime.SpecifyKind(moment, DateTimeKind.Utc),
        };

        /// <summary>Orders two non-null normalized values of the same kind.</summary>
        public static int Compare(object left, object right, TextCollation collation)
        {
            switch (left)
            {
                case string text when right is string other:
                    return collation.Compare(text, other);
                case decimal number when right is decimal other:
                    return number.CompareTo(other);
                case double number:
                    return number.CompareTo(ToDouble(right));
                case decimal number when right is double other:
                    return ((double)number).CompareTo(other);
                case DateTime moment when right is DateTime other:
                    return moment.CompareTo(other);
                case Guid id when right is Guid other:
                    return CompareGuid(id, other);
                case bool flag when right is bool other:
                    return flag.CompareTo(other);
                default:
                    throw DataverseFaults.InvalidArgument(string.Format(
                        CultureInfo.InvariantCulture,
                        "Cannot compare a value of type '{0}' with a value of type '{1}'.",
                        left.GetType().FullName,
                        right.GetType().FullName));
            }
        }

        public static bool AreEqual(object left, object right, TextCollation collation) => Compare(left, right, collation) == 0;

        /// <summary>Ascending order as SQL sorts it: nulls first.</summary>
        public static int CompareNullable(object? left, object? right, TextCollation collation)
        {
            if (left == null)
            {
                return right == null ? 0 : -1;
            }

            return right == null ? 1 : Compare(left, right, collation);
        }

        /// <summary>SQL Server sorts uniqueidentifiers by bytes 10-15, then 8-9, 6-7, 4-5, 0-3.</summary>
        public static int CompareGuid(Guid left, Guid right)
        {
            // On the stack: a query compares ids once per row it orders.
            Span<byte> a = stackalloc byte[16];
            Span<byte> b = stackalloc byte[16];
            left.TryWriteBytes(a);
            right.TryWriteBytes(b);
            foreach (var index in GuidByteOrder)
            {
                var difference = a[index].CompareTo(b[index]);
                if (difference != 0)
                {
                    return difference;
                }
            }

            return 0;
        }

        private static readonly int[] GuidByteOrder = { 10, 11, 12, 13, 14, 15, 8, 9, 6, 7, 4, 5, 0, 1, 2, 3 };

        private static double ToDouble(object value) => value switch
        {
            double number => number,
            decimal number => (double)number,
            _ => throw DataverseFaults.InvalidArgument("Cannot compare a number with a value of type '" + value.GetType().FullName + "'."),
        };

        private sealed class SqlEqualityComparer : IEqualityComparer<object>
        {
            private readonly TextCollation _collation;

            public SqlEqualityComparer(TextCollation collation) => _collation = collation;

            public new bool Equals(object? x, object? y)
            {
                if (x == null || y == null)
                {
                    return x == null && y == null;
                }

                return x.GetType() == y.GetType() || (x is decimal or double && y is decimal or double)
                    ? Compare(x, y, _collation) == 0
                    : false;
            }

            public int GetHashCode(object value) => value switch
            {
                string text => _collation.GetHashCode(text),
                decimal number => ((double)number).GetHashCode(),
                _ => value.GetHashCode(),
            };
        }

        /// <summary>The multi-select values of a stored OptionSetValueCollection, as a set of option numbers.</summary>
        public static ISet<int> Options(object? value) => value is IEnumerable<OptionSetValue> options
            ? new HashSet<int>(options.Where(option => option != null).Select(option => option.Value))
            : new HashSet<int>();
    }
}
