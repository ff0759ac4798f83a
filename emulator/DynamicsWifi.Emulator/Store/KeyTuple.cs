using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;

namespace DynamicsWifi.Emulator.Store
{
    /// <summary>The values of one alternate key in one row, in the key's column order, compared as the key's unique
    /// index compares them (see <see cref="IndexValue"/>). Immutable, usable as a dictionary key and a lock
    /// name. The first value is held directly: most keys have one column, and one less object to reach keeps a
    /// lookup in a large index fast.</summary>
    internal sealed class KeyTuple : IEquatable<KeyTuple>
    {
        private readonly object _first;
        private readonly object[] _rest;
        private readonly int _hash;

        private KeyTuple(object first, object[] rest)
        {
            _first = first;
            _rest = rest;
            var hash = new HashCode();
            hash.Add(first);
            foreach (var part in rest)
            {
                hash.Add(part);
            }

            _hash = hash.ToHashCode();
        }

        /// <summary>The row's values of the key, or null when any key column is unset or null. Such a row is left
        /// out of the key's index, so any number of rows may lack the key: the behaviour of a filtered unique index.
        /// Dataverse does not document NULLs in key columns (DATAVERSE-FACTS.md 8.7, open); we chose this because
        /// Dataverse only enforces keys on values and a row created without its key values must not block the
        /// next one.</summary>
        public static KeyTuple? From(AlternateKeyMetadata key, IReadOnlyDictionary<string, object?> values, TextCollation collation) =>
            Build(key.Columns.Count, i => values.TryGetValue(key.Columns[i], out var value) ? value : null, collation);

        /// <summary>The tuple for values given in the key's column order (a lookup by key), or null when any is
        /// null.</summary>
        public static KeyTuple? FromOrdered(IReadOnlyList<object?> values, TextCollation collation) => Build(values.Count, i => values[i], collation);

        public bool Equals(KeyTuple? other)
        {
            if (other == null || other._hash != _hash || other._rest.Length != _rest.Length || !_first.Equals(other._first))
            {
                return false;
            }

            for (var i = 0; i < _rest.Length; i++)
            {
                if (!_rest[i].Equals(other._rest[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as KeyTuple);

        public override int GetHashCode() => _hash;

        public override string ToString() => string.Join(",", new[] { _first }.Concat(_rest));

        private static KeyTuple? Build(int count, Func<int, object?> valueAt, TextCollation collation)
        {
            if (count == 0 || IndexValue.Normalize(valueAt(0), collation) is not object first)
            {
                return null;
            }

            var rest = count == 1 ? Array.Empty<object>() : new object[count - 1];
            for (var i = 1; i < count; i++)
            {
                if (IndexValue.Normalize(valueAt(i), collation) is not object part)
                {
                    return null;
                }

                rest[i - 1] = part;
            }

            return new KeyTuple(first, rest);
        }
    }
}
