using System;
using System.Collections.Generic;
using System.IO;
using DynamicsWifi.Emulator.Journaling;
using Microsoft.Data.Sqlite;

namespace DynamicsWifi.Emulator.WebApi.Persistence
{
    /// <summary>The host's data in one SQLite file: every row as last committed, written in the commit itself (the
    /// emulator's commit journal), and the host's own settings (its secrets). WAL mode with synchronous=NORMAL: a commit
    /// is in the file before the request is answered, so killing the process loses nothing acknowledged; only a power
    /// cut may lose the last commits.</summary>
    internal sealed class SqliteDataFile : ICommitJournal, IDisposable
    {
        private readonly object _gate = new();
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _upsert;
        private readonly SqliteCommand _delete;

        public SqliteDataFile(string path)
        {
            Path = System.IO.Path.GetFullPath(path);
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
            _connection.Open();
            Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;" +
                    "CREATE TABLE IF NOT EXISTS rows (tbl TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (tbl, id)) WITHOUT ROWID;" +
                    "CREATE TABLE IF NOT EXISTS settings (name TEXT NOT NULL PRIMARY KEY, value BLOB NOT NULL);");
            _upsert = Command("INSERT OR REPLACE INTO rows (tbl, id, version, data) VALUES ($tbl, $id, $version, $data)", "$tbl", "$id", "$version", "$data");
            _delete = Command("DELETE FROM rows WHERE tbl = $tbl AND id = $id", "$tbl", "$id");
        }

        public string Path { get; }

        /// <summary>Every stored row, for the emulator to start from; empty for a new file.</summary>
        public IReadOnlyList<CommittedRow> ReadRows()
        {
            var rows = new List<CommittedRow>();
            lock (_gate)
            {
                using var read = _connection.CreateCommand();
                read.CommandText = "SELECT tbl, id, version, data FROM rows";
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    rows.Add(new CommittedRow(reader.GetString(0), Guid.Parse(reader.GetString(1)), reader.GetInt64(2), RowValueCodec.Decode(reader.GetString(3))));
                }
            }

            return rows;
        }

        public void Write(IReadOnlyList<CommittedRow> rows)
        {
            lock (_gate)
            {
                using var transaction = _connection.BeginTransaction();
                foreach (var row in rows)
                {
                    var command = row.IsDeleted ? _delete : _upsert;
                    command.Transaction = transaction;
                    command.Parameters["$tbl"].Value = row.Table;
                    command.Parameters["$id"].Value = row.Id.ToString("D");
                    if (!row.IsDeleted)
                    {
                        command.Parameters["$version"].Value = row.Version;
                        command.Parameters["$data"].Value = RowValueCodec.Encode(row.Values!);
                    }

                    command.ExecuteNonQuery();
                }

                transaction.Commit();
            }
        }

        public byte[]? Setting(string name)
        {
            lock (_gate)
            {
                using var read = _connection.CreateCommand();
                read.CommandText = "SELECT value FROM settings WHERE name = $name";
                read.Parameters.AddWithValue("$name", name);
                return read.ExecuteScalar() as byte[];
            }
        }

        public void SetSetting(string name, byte[] value)
        {
            lock (_gate)
            {
                using var write = _connection.CreateCommand();
                write.CommandText = "INSERT OR REPLACE INTO settings (name, value) VALUES ($name, $value)";
                write.Parameters.AddWithValue("$name", name);
                write.Parameters.AddWithValue("$value", value);
                write.ExecuteNonQuery();
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _upsert.Dispose();
                _delete.Dispose();
                _connection.Dispose();
            }
        }

        private void Execute(string sql)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        private SqliteCommand Command(string sql, params string[] parameters)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var parameter in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = parameter });
            }

            command.Prepare();
            return command;
        }
    }
}
