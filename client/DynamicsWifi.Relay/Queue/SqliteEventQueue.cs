using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>The default queue: one SQLite file on the relay's machine. Events wait in <c>events</c>; a batch is a
    /// <c>batches</c> row its events point to, formed in one transaction, so a crash leaves it whole to be sent again
    /// under the same BatchId; settling removes recorded events, moves refused ones to <c>dead_letters</c> with the code
    /// and field, and frees the rest, in one transaction. One process drains at a time: the one holding the lease.</summary>
    public sealed class SqliteEventQueue : IEventQueue
    {
        private const string AttemptsMessage = "Sent in {0} batches without an outcome.";
        private readonly SqliteQueueOptions _options;
        private readonly SqliteQueueFile _file;
        private readonly SqliteIntakeWriter _writer;
        private readonly SqliteDrainLease _lease;
        private long _depth;
        private long _depthReadAt;

        public SqliteEventQueue(SqliteQueueOptions options)
        {
            _options = options;
            _file = new SqliteQueueFile(options.Path);
            _writer = new SqliteIntakeWriter(_file);
            _lease = new SqliteDrainLease(_file, options.LeaseDuration);
            RefreshDepth();
        }

        public async Task<bool> EnqueueAsync(IReadOnlyList<IntakeEvent> events, CancellationToken cancel)
        {
            long logins = 0;
            foreach (var item in events)
            {
                logins += item.Login != null ? 1 : 0;
            }

            if (Interlocked.Add(ref _depth, logins) > _options.MaxDepth && logins > 0)
            {
                Interlocked.Add(ref _depth, -logins);
                return false;
            }

            try
            {
                await _writer.Write(events).ConfigureAwait(false);
            }
            catch
            {
                Interlocked.Add(ref _depth, -logins);
                throw;
            }

            return true;
        }

        public Task<bool> HoldDrainLeaseAsync(CancellationToken cancel)
        {
            if (SqliteQueueFile.Now() - Interlocked.Read(ref _depthReadAt) > 1000)
            {
                RefreshDepth();
            }

            return Task.FromResult(_lease.Hold());
        }

        public Task<IReadOnlyList<DrainBatch>> UnsettledBatchesAsync(CancellationToken cancel)
        {
            var batches = new List<DrainBatch>();
            using (var connection = _file.Open())
            {
                var ids = new List<long>();
                using (var read = connection.CreateCommand())
                {
                    read.CommandText = "SELECT id FROM batches ORDER BY id";
                    using (var rows = read.ExecuteReader())
                    {
                        while (rows.Read())
                        {
                            ids.Add(rows.GetInt64(0));
                        }
                    }
                }

                foreach (var id in ids)
                {
                    batches.Add(ReadBatch(connection, null, id));
                }
            }

            return Task.FromResult<IReadOnlyList<DrainBatch>>(batches);
        }

        public Task<DrainBatch?> NextBatchAsync(int maxEvents, CancellationToken cancel)
        {
            using (var connection = _file.Open())
            {
                if (!AnyWaiting(connection))
                {
                    return Task.FromResult<DrainBatch?>(null);
                }

                return Task.FromResult(FormBatch(connection, maxEvents));
            }
        }

        public Task KeepAliveAsync(DrainBatch batch, CancellationToken cancel) => Task.CompletedTask;

        private DrainBatch? FormBatch(SqliteConnection connection, int maxEvents)
        {
            using (var transaction = connection.BeginTransaction())
            {
                var now = SqliteQueueFile.Now();
                var exhausted = Command(connection, transaction, "INSERT INTO dead_letters (body, code, field, message, received_at, dead_at) "
                    + "SELECT login, $code, NULL, $message, received_at, $now FROM events WHERE batch_id IS NULL AND attempts >= $max; "
                    + "DELETE FROM events WHERE batch_id IS NULL AND attempts >= $max;");
                exhausted.Parameters.AddWithValue("$code", RelayCodes.AttemptsExhausted);
                exhausted.Parameters.AddWithValue("$message", string.Format(CultureInfo.InvariantCulture, AttemptsMessage, _options.MaxAttempts));
                exhausted.Parameters.AddWithValue("$now", now);
                exhausted.Parameters.AddWithValue("$max", _options.MaxAttempts);
                Interlocked.Add(ref _depth, -exhausted.ExecuteNonQuery() / 2);

                var create = Command(connection, transaction, "INSERT INTO batches (created_at) VALUES ($now); SELECT last_insert_rowid();");
                create.Parameters.AddWithValue("$now", now);
                var batchRow = (long)create.ExecuteScalar()!;
                var take = Command(connection, transaction, "UPDATE events SET batch_id = $batch, attempts = attempts + 1 "
                    + "WHERE id IN (SELECT id FROM events WHERE batch_id IS NULL ORDER BY id LIMIT $max)");
                take.Parameters.AddWithValue("$batch", batchRow);
                take.Parameters.AddWithValue("$max", maxEvents);
                DrainBatch? batch = null;
                if (take.ExecuteNonQuery() == 0)
                {
                    var drop = Command(connection, transaction, "DELETE FROM batches WHERE id = $batch");
                    drop.Parameters.AddWithValue("$batch", batchRow);
                    drop.ExecuteNonQuery();
                }
                else
                {
                    batch = ReadBatch(connection, transaction, batchRow);
                }

                transaction.Commit();
                return batch;
            }
        }

        /// <summary>A read first, so an idle drainer polling an empty queue costs no write (and no fsync).</summary>
        private static bool AnyWaiting(SqliteConnection connection)
        {
            using (var any = connection.CreateCommand())
            {
                any.CommandText = "SELECT EXISTS (SELECT 1 FROM events WHERE batch_id IS NULL)";
                return (long)any.ExecuteScalar()! == 1;
            }
        }

        public Task SettleAsync(DrainBatch batch, BatchSettlement settlement, CancellationToken cancel)
        {
            var receipt = (SqliteBatchReceipt)batch.Receipt;
            using (var connection = _file.Open())
            using (var transaction = connection.BeginTransaction())
            {
                var removed = 0;
                var recorded = Command(connection, transaction, "DELETE FROM events WHERE id = $id AND batch_id = $batch");
                var id = recorded.Parameters.Add("$id", SqliteType.Integer);
                recorded.Parameters.AddWithValue("$batch", receipt.BatchRow);
                foreach (var index in settlement.Recorded)
                {
                    id.Value = receipt.EventIds[index];
                    removed += recorded.ExecuteNonQuery();
                }

                var dead = Command(connection, transaction, "INSERT INTO dead_letters (body, code, field, message, received_at, dead_at) "
                    + "SELECT login, $code, $field, $message, received_at, $now FROM events WHERE id = $id AND batch_id = $batch; "
                    + "DELETE FROM events WHERE id = $id AND batch_id = $batch;");
                var deadId = dead.Parameters.Add("$id", SqliteType.Integer);
                var code = dead.Parameters.Add("$code", SqliteType.Text);
                var field = dead.Parameters.Add("$field", SqliteType.Text);
                var message = dead.Parameters.Add("$message", SqliteType.Text);
                dead.Parameters.AddWithValue("$now", SqliteQueueFile.Now());
                dead.Parameters.AddWithValue("$batch", receipt.BatchRow);
                foreach (var refused in settlement.DeadLettered)
                {
                    deadId.Value = receipt.EventIds[refused.Index];
                    code.Value = refused.Error.Code;
                    field.Value = (object?)refused.Error.Field ?? DBNull.Value;
                    message.Value = refused.Error.Message;
                    removed += dead.ExecuteNonQuery() / 2;
                }

                var free = Command(connection, transaction, "UPDATE events SET batch_id = NULL WHERE batch_id = $batch; DELETE FROM batches WHERE id = $batch;");
                free.Parameters.AddWithValue("$batch", receipt.BatchRow);
                free.ExecuteNonQuery();
                transaction.Commit();
                Interlocked.Add(ref _depth, -removed);
            }

            return Task.CompletedTask;
        }

        public Task<QueueSnapshot> SnapshotAsync(CancellationToken cancel)
        {
            using (var connection = _file.Open())
            {
                long depth;
                TimeSpan? oldest = null;
                using (var read = connection.CreateCommand())
                {
                    read.CommandText = "SELECT COUNT(*), MIN(received_at) FROM events";
                    using (var row = read.ExecuteReader())
                    {
                        row.Read();
                        depth = row.GetInt64(0);
                        if (!row.IsDBNull(1))
                        {
                            oldest = TimeSpan.FromMilliseconds(Math.Max(0, SqliteQueueFile.Now() - row.GetInt64(1)));
                        }
                    }
                }

                var byCode = new SortedDictionary<string, long>(StringComparer.Ordinal);
                using (var read = connection.CreateCommand())
                {
                    read.CommandText = "SELECT code, COUNT(*) FROM dead_letters GROUP BY code";
                    using (var rows = read.ExecuteReader())
                    {
                        while (rows.Read())
                        {
                            byCode[rows.GetString(0)] = rows.GetInt64(1);
                        }
                    }
                }

                return Task.FromResult(new QueueSnapshot(depth, oldest, byCode));
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            _lease.Release();
        }

        private DrainBatch ReadBatch(SqliteConnection connection, SqliteTransaction? transaction, long batchRow)
        {
            var ids = new List<long>();
            var events = new List<QueuedEvent>();
            var read = Command(connection, transaction, "SELECT id, login, attempts FROM events WHERE batch_id = $batch ORDER BY id");
            read.Parameters.AddWithValue("$batch", batchRow);
            using (var rows = read.ExecuteReader())
            {
                while (rows.Read())
                {
                    ids.Add(rows.GetInt64(0));
                    events.Add(new QueuedEvent(LoginJson.Read(rows.GetString(1)), rows.GetInt32(2)));
                }
            }

            var batchId = "relay-" + _file.QueueId + "-" + batchRow.ToString(CultureInfo.InvariantCulture);
            return new DrainBatch(batchId, events, new SqliteBatchReceipt(batchRow, ids));
        }

        private void RefreshDepth()
        {
            using (var connection = _file.Open())
            using (var count = connection.CreateCommand())
            {
                count.CommandText = "SELECT COUNT(*) FROM events";
                Interlocked.Exchange(ref _depth, (long)count.ExecuteScalar()!);
                Interlocked.Exchange(ref _depthReadAt, SqliteQueueFile.Now());
            }
        }

        private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }

        private sealed class SqliteBatchReceipt
        {
            public SqliteBatchReceipt(long batchRow, IReadOnlyList<long> eventIds)
            {
                BatchRow = batchRow;
                EventIds = eventIds;
            }

            public long BatchRow { get; }

            public IReadOnlyList<long> EventIds { get; }
        }
    }
}
