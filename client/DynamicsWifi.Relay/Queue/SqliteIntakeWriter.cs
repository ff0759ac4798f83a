using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace DynamicsWifi.Relay.Queue
{
    /// <summary>Writes webhooks' events in group commits: every post waiting when a commit starts shares it, so sixteen
    /// posters cost one durable commit (one fsync) instead of sixteen. A post's task ends when its own rows are committed,
    /// or with the error that stopped the commit (then none of them is).</summary>
    internal sealed class SqliteIntakeWriter : IAsyncDisposable
    {
        private const int MaxPostsPerCommit = 256;
        private readonly SqliteQueueFile _file;
        private readonly Channel<PendingPost> _posts = Channel.CreateUnbounded<PendingPost>(new UnboundedChannelOptions { SingleReader = true });
        private readonly Task _loop;

        public SqliteIntakeWriter(SqliteQueueFile file)
        {
            _file = file;
            _loop = Task.Run(Loop);
        }

        public Task Write(IReadOnlyList<IntakeEvent> events)
        {
            var post = new PendingPost(events);
            if (!_posts.Writer.TryWrite(post))
            {
                throw new ObjectDisposedException(nameof(SqliteIntakeWriter));
            }

            return post.Done.Task;
        }

        public async ValueTask DisposeAsync()
        {
            _posts.Writer.TryComplete();
            await _loop.ConfigureAwait(false);
        }

        private async Task Loop()
        {
            using (var connection = _file.Open())
            {
                var group = new List<PendingPost>();
                while (await _posts.Reader.WaitToReadAsync().ConfigureAwait(false))
                {
                    group.Clear();
                    while (group.Count < MaxPostsPerCommit && _posts.Reader.TryRead(out var post))
                    {
                        group.Add(post);
                    }

                    try
                    {
                        Commit(connection, group);
                        group.ForEach(post => post.Done.TrySetResult(true));
                    }
                    catch (SqliteException failure)
                    {
                        group.ForEach(post => post.Done.TrySetException(failure));
                    }
                }
            }
        }

        private static void Commit(SqliteConnection connection, List<PendingPost> group)
        {
            var now = SqliteQueueFile.Now();
            using (var transaction = connection.BeginTransaction())
            using (var login = connection.CreateCommand())
            using (var dead = connection.CreateCommand())
            {
                login.Transaction = transaction;
                login.CommandText = "INSERT INTO events (login, received_at) VALUES ($login, $now)";
                var loginJson = login.Parameters.Add("$login", SqliteType.Text);
                login.Parameters.AddWithValue("$now", now);
                dead.Transaction = transaction;
                dead.CommandText = "INSERT INTO dead_letters (body, code, field, message, received_at, dead_at) VALUES ($body, $code, $field, $message, $now, $now)";
                var body = dead.Parameters.Add("$body", SqliteType.Text);
                var code = dead.Parameters.Add("$code", SqliteType.Text);
                var field = dead.Parameters.Add("$field", SqliteType.Text);
                var message = dead.Parameters.Add("$message", SqliteType.Text);
                dead.Parameters.AddWithValue("$now", now);
                foreach (var post in group)
                {
                    foreach (var item in post.Events)
                    {
                        if (item.Login != null)
                        {
                            loginJson.Value = LoginJson.Write(item.Login);
                            login.ExecuteNonQuery();
                        }
                        else
                        {
                            body.Value = item.Json;
                            code.Value = item.Refusal!.Code;
                            field.Value = (object?)item.Refusal.Field ?? DBNull.Value;
                            message.Value = item.Refusal.Message;
                            dead.ExecuteNonQuery();
                        }
                    }
                }

                transaction.Commit();
            }
        }

        private sealed class PendingPost
        {
            public PendingPost(IReadOnlyList<IntakeEvent> events)
            {
                Events = events;
            }

            public IReadOnlyList<IntakeEvent> Events { get; }

            public TaskCompletionSource<bool> Done { get; } = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
