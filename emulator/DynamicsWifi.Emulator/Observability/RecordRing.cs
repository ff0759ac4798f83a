using System;
using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Observability
{
    /// <summary>The last <see cref="Capacity"/> records added, oldest first: a log that a long-running host can keep
    /// forever without its memory growing. Safe for concurrent writers and readers.</summary>
    internal sealed class RecordRing<T>
        where T : class
    {
        private readonly object _gate = new();
        private T?[] _slots;
        private int _next;
        private int _count;

        public RecordRing(int capacity)
        {
            _slots = new T?[Checked(capacity)];
        }

        public int Capacity
        {
            get
            {
                lock (_gate)
                {
                    return _slots.Length;
                }
            }

            set
            {
                lock (_gate)
                {
                    var kept = SnapshotLocked();
                    _slots = new T?[Checked(value)];
                    _next = 0;
                    _count = 0;
                    for (var index = Math.Max(0, kept.Count - value); index < kept.Count; index++)
                    {
                        AddLocked(kept[index]);
                    }
                }
            }
        }

        public void Add(T record)
        {
            lock (_gate)
            {
                AddLocked(record);
            }
        }

        public IReadOnlyList<T> Snapshot()
        {
            lock (_gate)
            {
                return SnapshotLocked();
            }
        }

        public void Clear()
        {
            lock (_gate)
            {
                Array.Clear(_slots);
                _next = 0;
                _count = 0;
            }
        }

        private static int Checked(int capacity) =>
            capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A log keeps at least one record.");

        private void AddLocked(T record)
        {
            _slots[_next] = record;
            _next = (_next + 1) % _slots.Length;
            _count = Math.Min(_count + 1, _slots.Length);
        }

        private List<T> SnapshotLocked()
        {
            var records = new List<T>(_count);
            var start = (_next - _count + _slots.Length) % _slots.Length;
            for (var offset = 0; offset < _count; offset++)
            {
                records.Add(_slots[(start + offset) % _slots.Length]!);
            }

            return records;
        }
    }
}
