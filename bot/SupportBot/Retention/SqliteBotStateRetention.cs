using SupportBot.Storage;

namespace SupportBot.Retention;

/// <summary>
/// <see cref="IBotStateRetention"/> over the <c>bot_state</c> table: a row's scope is the key's second segment
/// (the Bot Framework's keys are <c>{channel}/conversations/...</c> and <c>{channel}/users/...</c>), its last use
/// is <c>touched_at</c>. Keys of any other shape are left alone.
/// </summary>
public sealed class SqliteBotStateRetention(SqliteStorage storage) : IBotStateRetention
{
    public async Task<int> DeleteUnusedSinceAsync(StateScope scope, DateTimeOffset cutoff, int limit, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await storage.InWriteTransactionAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText =
                    """
                    DELETE FROM bot_state WHERE key IN (
                        SELECT key FROM bot_state
                        WHERE touched_at < $cutoff AND substr(key, instr(key, '/') + 1) LIKE $pattern
                        LIMIT $limit);
                    """;
                command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeSeconds());
                command.Parameters.AddWithValue("$pattern", scope == StateScope.User ? "users/%" : "conversations/%");
                command.Parameters.AddWithValue("$limit", limit);
                deleted = command.ExecuteNonQuery();
                return true;
            },
            cancellationToken);
        return deleted;
    }
}
