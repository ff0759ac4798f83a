using System;
using Microsoft.Data.Sqlite;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>Which process drains a SQLite queue: the one whose lease row has not expired. It is renewed when half of
    /// it is left (one small write, not one per batch); a process that dies holds it until it expires, then another
    /// relay on the same file takes it and sends that process's unsettled batches again under their BatchIds.</summary>
    internal sealed class SqliteDrainLease
    {
        private readonly SqliteQueueFile _file;
        private readonly TimeSpan _duration;
        private readonly string _holder = Guid.NewGuid().ToString("N");
        private long _heldUntil;

        public SqliteDrainLease(SqliteQueueFile file, TimeSpan duration)
        {
            _file = file;
            _duration = duration;
        }

        public bool Hold()
        {
            var now = SqliteQueueFile.Now();
            if (now < _heldUntil - (long)(_duration.TotalMilliseconds / 2))
            {
                return true;
            }

            var until = now + (long)_duration.TotalMilliseconds;
            using (var connection = _file.Open())
            using (var take = connection.CreateCommand())
            {
                take.CommandText = "INSERT INTO drain_lease (name, holder, expires_at) VALUES ('drainer', $me, $until) "
                    + "ON CONFLICT (name) DO UPDATE SET holder = $me, expires_at = $until WHERE drain_lease.holder = $me OR drain_lease.expires_at < $now";
                take.Parameters.AddWithValue("$me", _holder);
                take.Parameters.AddWithValue("$until", until);
                take.Parameters.AddWithValue("$now", now);
                var held = take.ExecuteNonQuery() == 1;
                _heldUntil = held ? until : 0;
                return held;
            }
        }

        /// <summary>Gives the lease up at a clean stop, so a successor need not wait for it to expire.</summary>
        public void Release()
        {
            using (var connection = _file.Open())
            using (var drop = connection.CreateCommand())
            {
                drop.CommandText = "DELETE FROM drain_lease WHERE name = 'drainer' AND holder = $me";
                drop.Parameters.AddWithValue("$me", _holder);
                drop.ExecuteNonQuery();
            }

            _heldUntil = 0;
        }
    }
}
