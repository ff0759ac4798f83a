using System;
using System.Collections.Generic;
using DynamicsWifi.Emulator.Metadata;

namespace DynamicsWifi.Emulator.Store
{
    /// <summary>The values of one alternate key in one row, in the key's column order, compared as the key's unique
    /// index compares them (see <see cref="IndexValue"/>). Immutable, usable as a dictionary key and a lock
    /// name.</summary>
    internal sealed class KeyTuple : IEquatable<KeyTuple>
    {
        private readonly object[] _parts;
        private readonly int _hash;

        private KeyTuple(object[] parts)
        {
            _parts = parts;
            var hash = new HashCode();
            foreach (var part in parts)
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
        public static KeyTuple? From(AlternateKeyMetadata key, IReadOnlyDictionary<string, object?> values)
        {
            var parts = new object[key.Columns.Count];
            for (var i = 0; i < parts.Length; i++)
            {
                values.TryGetValue(key.Columns[i], out var value);
                var normalized = IndexValue.Normalize(value);
                if (normalized == null)
                {
                    return null;
                }

                parts[i] = normalized;
            }

            return new KeyTuple(parts);
        }

        /// <summary>The tuple for values given in the key's column order (a lookup by key), or null when any is
        /// null.</summary>
        public static KeyTuple? FromOrdered(IReadOnlyList<object?> values)
        {
            var parts = new object[values.Count];
            for (var i = 0; i < parts.Length; i++)
            {
                var normalized = IndexValue.Normalize(values[i]);
                if (normalized == null)
                {
                    return null;
                }

                parts[i] = normalized;
            }

            return new KeyTuple(parts);
        }

        public bool Equals(KeyTuple? other)
        {
            if (other == null || other._hash != _hash || other._parts.Length != _parts.Length)
            {
                return false;
            }

            for (var i = 0; i < _parts.Length; i++)
            {
                if (!_parts[i].Equals(other._parts[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as KeyTuple);

        public override int GetHashCode() => _hash;

        public override string ToString() => string.Join(",", (IEnumerable<object>)_parts);
    }
}
