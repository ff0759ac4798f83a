using System;
using Microsoft.Data.Sqlite;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>The queue's SQLite file: the schema, and connections that wait for each other (busy_timeout) and make every
    /// commit durable before it returns (WAL, synchronous=FULL: an acknowledged webhook survives a crash or a power cut).</summary>
    internal sealed class SqliteQueueFile
    {
        private const string Schema = @"
CREATE TABLE IF NOT EXISTS relay_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY AUTOINCREMENT, login TEXT NOT NULL, received_at INTEGER NOT NULL,
  batch_id INTEGER NULL, attempts INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS events_by_batch ON events (batch_id, id);
CREATE TABLE IF NOT EXISTS batches (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS dead_letters (
  id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL, code TEXT NOT NULL, field TEXT NULL, message TEXT NOT NULL,
  received_at INTEGER NOT NULL, dead_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS drain_lease (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at INTEGER NOT NULL);
INSERT OR IGNORE INTO relay_meta (name, value) VALUES ('queue_id', lower(hex(randomblob(6))));";

        private readonly string _connectionString;

        public SqliteQueueFile(string path)
        {
            _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
            using (var connection = Open())
            {
                Execute(connection, "PRAGMA journal_mode=WAL;" + Schema);
                using (var read = connection.CreateCommand())
                {
                    read.CommandText = "SELECT value FROM relay_meta WHERE name = 'queue_id'";
                    QueueId = (string)read.ExecuteScalar()!;
                }
            }
        }

        /// <summary>Random per file: BatchIds are "relay-{QueueId}-{batch row}", so two queue files never share one.</summary>
        public string QueueId { get; }

        public SqliteConnection Open()
        {
            var connection = new SqliteConnection(_connectionString);
            connection.Open();
            Execute(connection, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;");
            return connection;
        }

        public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
        {
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }
        }

        public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    }
}
