using Microsoft.Data.Sqlite;
using SupportBot.Storage;

namespace SupportBot.Turns;

/// <summary>
/// <see cref="IHandledActivityLog"/> in the bot's SQLite database, table <c>handled_activities</c> (channel,
/// conversation and activity id as three columns of the key). The commit runs through
/// <see cref="SqliteStorage"/>'s write transaction, so the record and the state rows change together.
/// </summary>
public sealed class SqliteHandledActivityLog : IHandledActivityLog
{
    // A row a turn only read is stamped again at most this often, so a busy conversation is not rewritten every turn.
    private static readonly TimeSpan TouchGranularity = TimeSpan.FromHours(1);

    private readonly SqliteStorage _storage;
    private readonly TimeProvider _time;

    public SqliteHandledActivityLog(SqliteStorage storage, TimeProvider time)
    {
        _storage = storage;
        _time = time;
        using var connection = storage.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            CREATE TABLE IF NOT EXISTS handled_activities (
                channel_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                handled_at INTEGER NOT NULL,
                PRIMARY KEY (channel_id, conversation_id, activity_id)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS handled_activities_handled_at ON handled_activities (handled_at);
            """;
        command.ExecuteNonQuery();
    }

    public Task<bool> WasHandledAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var connection = _storage.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT 1 FROM handled_activities WHERE channel_id = $channel AND conversation_id = $conversation AND activity_id = $activity;";
        AddKey(command, key);
        return Task.FromResult(command.ExecuteScalar() is not null);
    }

    public Task<bool> CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var documents = StateDocument.FromChanges(commit.Changes);
        var now = _time.GetUtcNow();
        return _storage.InWriteTransactionAsync(
            connection =>
            {
                if (commit.Handled is { } key && !TryRecord(connection, key, now))
                {
                    return false;
                }

                _storage.WriteDocuments(connection, documents);
                BotStateTable.Touch(connection, commit.Used, now, TouchGranularity);
                return true;
            },
            cancellationToken);
    }

    public async Task<int> ForgetHandledBeforeAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken)
    {
        var forgotten = 0;
        await _storage.InWriteTransactionAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText =
                    """
                    DELETE FROM handled_activities WHERE (channel_id, conversation_id, activity_id) IN (
                        SELECT channel_id, conversation_id, activity_id FROM handled_activities WHERE handled_at < $cutoff LIMIT $limit);
                    """;
                command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeSeconds());
                command.Parameters.AddWithValue("$limit", limit);
                forgotten = command.ExecuteNonQuery();
                return true;
            },
            cancellationToken);
        return forgotten;
    }

    private static bool TryRecord(SqliteConnection connection, ActivityKey key, DateTimeOffset now)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO handled_activities (channel_id, conversation_id, activity_id, handled_at) VALUES ($channel, $conversation, $activity, $now) ON CONFLICT DO NOTHING;";
        AddKey(command, key);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeSeconds());
        return command.ExecuteNonQuery() == 1;
    }

    private static void AddKey(SqliteCommand command, ActivityKey key)
    {
        command.Parameters.AddWithValue("$channel", key.ChannelId);
        command.Parameters.AddWithValue("$conversation", key.ConversationId);
        command.Parameters.AddWithValue("$activity", key.ActivityId);
    }
}
